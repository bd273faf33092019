# `cpack -G DEB` (scripts/package runs it): one package, schedlab, with everything
# `cmake --install` puts under /usr. Its dependencies are worked out by dpkg-shlibdeps from the
# libraries the programs link, plus what Qt loads at run time and shlibdeps cannot see.
set(CPACK_PACKAGE_NAME schedlab)
set(CPACK_PACKAGE_VENDOR "SchedLab")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "CPU scheduling simulator for teaching")
set(CPACK_PACKAGE_DESCRIPTION
  "SchedLab simulates CPU scheduling for teaching and study: FCFS, SJF, SRTF, priority, HRRN, \
round robin and multilevel feedback queues, on one CPU or several. The desktop app shows the \
Gantt chart, queues, the five-state diagram, metrics and the reason for every decision; \
schedlab-cli prints the same as text, JSON or CSV. In English and Simplified Chinese.")
set(CPACK_PACKAGE_CONTACT "SchedLab maintainers <maintainers@users.noreply.h-seed-a546bfa5.example>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY schedlab)
set(CPACK_STRIP_FILES ON)   # the release preset keeps debug info; the package does not need it

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # schedlab_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)    # needs dpkg-shlibdeps (dpkg-dev)
if(SCHEDLAB_APP)
  # Loaded as plugins, so invisible to shlibdeps: the platform plugins (xcb, wayland, offscreen).
  # The SVG icon engine comes with libqt6svg6, which the app links.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
  # Chinese text needs a CJK font; the package works without one.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk")
endif()

include(CPack)
