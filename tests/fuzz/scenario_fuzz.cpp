// The scenario readers on any bytes: never crash; a scenario that loads survives a write-then-read
// round trip in both formats; a document read as JSON reads the same as YAML (JSON is YAML).
#include <string>

#include "fuzz_support.hpp"
#include "scenario/scenario_io.hpp"

namespace {

using namespace schedlab;
using scenario::Format;

// The written YAML of a workload, read back: the same workload, written the same way.
void checkRoundTrip(const engine::Workload& w, std::string_view input) {
    const std::string yaml = scenario::toYaml(w);
    for (Format format : {Format::Yaml, Format::Json}) {
        const std::string text = format == Format::Yaml ? yaml : scenario::toJson(w);
        const auto again = scenario::parseScenario(text, "written", format);
        fuzz::check(again.workload.has_value(), "the written scenario does not load", text);
        fuzz::check(scenario::toYaml(*again.workload) == yaml,
                    "the written scenario reads back as another", input);
    }
}

void checkJsonIsYaml(std::string_view text, const scenario::LoadResult& json) {
    const auto yaml = scenario::parseScenario(text, "input", Format::Yaml);
    fuzz::check(yaml.workload.has_value(), "JSON that loads does not load as YAML", text);
    fuzz::check(scenario::toYaml(*yaml.workload) == scenario::toYaml(*json.workload),
                "JSON and YAML give another scenario", text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::asText(data, size);
    const auto yaml = scenario::parseScenario(text, "input", Format::Yaml);
    if (yaml.workload) {
        checkRoundTrip(*yaml.workload, text);
    }
    const auto json = scenario::parseScenario(text, "input", Format::Json);
    if (json.workload) {
        checkRoundTrip(*json.workload, text);
        checkJsonIsYaml(text, json);
    }
    return 0;
}
