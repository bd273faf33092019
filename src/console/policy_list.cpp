#include "console/policy_list.hpp"

#include <algorithm>

namespace schedlab::console {
namespace {

bool isParameter(std::string_view token) {
    auto equals = token.find('=');
    return equals != std::string_view::npos && equals > 0 &&
           token.substr(0, equals).find(':') == std::string_view::npos;
}

}  // namespace

std::vector<std::string> splitPolicies(std::string_view text) {
    std::vector<std::string> specs;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find(',', start), text.size());
        std::string_view token = text.substr(start, end - start);
        if (!token.empty()) {
            if (isParameter(token) && !specs.empty()) {
                specs.back() += ",";
                specs.back() += token;
            } else {
                specs.emplace_back(token);
            }
        }
        start = end + 1;
    }
    return specs;
}

}  // namespace schedlab::console
