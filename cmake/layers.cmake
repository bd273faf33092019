# Per-layer include roots: the layering (docs/ARCHITECTURE.md) enforced by the compiler.
#
# Every layer is included by its folder name ("engine/simulation.hpp", "models/...", "ui/..."),
# but the folders are siblings (src/engine, src/scenario, ..., models, ui), so one include root
# over src/ or the repository would let any layer see every other. Instead each layer target gets
# a root of its own, build/include_roots/LAYER, holding only a link LAYER -> its folder. A target
# sees its own root and, through target_link_libraries, the roots of the layers it links: the
# engine sees only engine/, scenario sees scenario/ and engine/, models never sees ui/ or cli/.
# An include across a forbidden arrow then fails to compile ("No such file or directory").
# What this cannot catch (a relative "../x/y.hpp", a third-party header in the engine) is checked
# by the layering test (tests/layering).
function(schedlab_layer_root target layer folder)
  set(root ${PROJECT_BINARY_DIR}/include_roots/${layer})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${folder} ${root}/${layer} SYMBOLIC)
  target_include_directories(${target} PUBLIC ${root})
endfunction()
