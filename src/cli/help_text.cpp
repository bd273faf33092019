#include "cli/help_text.hpp"

#include <regex>
#include <vector>

#include "cli/common.hpp"
#include "engine/translatable.hpp"

namespace schedlab::cli {
namespace {

// CLI11's labels (FormatterBase::get_label) and default group names, for lupdate.
[[maybe_unused]] constexpr const char* kLabels[] = {
    QT_TRANSLATE_NOOP("schedlab::cli", "Usage"),
    QT_TRANSLATE_NOOP("schedlab::cli", "OPTIONS"),
    QT_TRANSLATE_NOOP("schedlab::cli", "SUBCOMMAND"),
    QT_TRANSLATE_NOOP("schedlab::cli", "Positionals"),
    QT_TRANSLATE_NOOP("schedlab::cli", "REQUIRED"),
    QT_TRANSLATE_NOOP("schedlab::cli", "TEXT"),
    QT_TRANSLATE_NOOP("schedlab::cli", "INT"),
    QT_TRANSLATE_NOOP("schedlab::cli", "UINT"),
    QT_TRANSLATE_NOOP("schedlab::cli", "FLOAT"),
    QT_TRANSLATE_NOOP("schedlab::cli", "Needs"),
    QT_TRANSLATE_NOOP("schedlab::cli", "Excludes"),
    QT_TRANSLATE_NOOP("schedlab::cli", "Options"),
    QT_TRANSLATE_NOOP("schedlab::cli", "Subcommands")};

// The descriptions of CLI11's own --help and --version, for lupdate: the formatter translates
// them as every other description.
[[maybe_unused]] constexpr const char* kFlagDescriptions[] = {
    QT_TRANSLATE_NOOP("schedlab::cli", "Print this help message and exit"),
    QT_TRANSLATE_NOOP("schedlab::cli", "Display program version information and exit")};

/// CLI11's detail::format_help, padding by terminal columns: a Chinese character takes two.
std::string helpLine(const std::string& name, const std::string& description, std::size_t width) {
    const std::string left = "  " + name;
    std::string out = i18n::padRight(left, width);
    if (!description.empty() && i18n::displayWidth(left) >= width) {
        out += "\n" + std::string(width, ' ');
    }
    for (char c : description) {
        out += c;
        if (c == '\n') {
            out += std::string(width, ' ');
        }
    }
    return out + "\n";
}

class TranslatingFormatter : public CLI::Formatter {
public:
    TranslatingFormatter() {
        for (const char* key : kLabels) {
            label(key, cliText(key));
        }
    }
    std::string make_group(std::string group, bool is_positional,
                           std::vector<const CLI::Option*> opts) const override {
        return CLI::Formatter::make_group(cliText(group), is_positional, std::move(opts));
    }
    std::string make_description(const CLI::App* app) const override {
        const std::string text = cliText(app->get_description());
        return text.empty() ? std::string() : text + "\n";
    }
    std::string make_subcommand(const CLI::App* sub) const override {
        return helpLine(sub->get_display_name(true), cliText(sub->get_description()),
                        column_width_);
    }
    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        return helpLine(make_option_name(opt, is_positional) + make_option_opts(opt),
                        make_option_desc(opt), column_width_);
    }
    std::string make_option_desc(const CLI::Option* opt) const override {
        return cliText(opt->get_description());
    }
};

struct ErrorPattern {
    std::regex english;  ///< CLI11's message; its groups are the arguments
    const char* text;    ///< the same with %1, %2, ... for the groups
};

const std::vector<ErrorPattern>& errorPatterns() {
    static const std::vector<ErrorPattern> patterns{
        {std::regex("The following argument was not expected: (.*)"),
         QT_TRANSLATE_NOOP("schedlab::cli", "The following argument was not expected: %1")},
        {std::regex("The following arguments were not expected: (.*)"),
         QT_TRANSLATE_NOOP("schedlab::cli", "The following arguments were not expected: %1")},
        {std::regex("A subcommand is required"),
         QT_TRANSLATE_NOOP("schedlab::cli", "A subcommand is required")},
        {std::regex("(.+) is required"), QT_TRANSLATE_NOOP("schedlab::cli", "%1 is required")},
        {std::regex("(.+): (\\d+) required (\\S+) missing"),
         QT_TRANSLATE_NOOP("schedlab::cli", "%1: %2 required %3 missing")},
        {std::regex("(.+): (.+) not in \\{(.*)\\}"),
         QT_TRANSLATE_NOOP("schedlab::cli", "%1: %2 not in {%3}")},
        {std::regex("(.+): Value (.+) not in range (.+) to (.+)"),
         QT_TRANSLATE_NOOP("schedlab::cli", "%1: Value %2 not in range %3 to %4")},
        {std::regex("Could not convert: (.+) = (.+)"),
         QT_TRANSLATE_NOOP("schedlab::cli", "Could not convert: %1 = %2")},
        {std::regex("(.+) requires (.+)"), QT_TRANSLATE_NOOP("schedlab::cli", "%1 requires %2")},
        {std::regex("(.+) excludes (.+)"), QT_TRANSLATE_NOOP("schedlab::cli", "%1 excludes %2")},
        {std::regex("(.+): expected (.+), got '(.*)'"),
         QT_TRANSLATE_NOOP("schedlab::cli", "%1: expected %2, got '%3'")},
    };
    return patterns;
}

std::string failureMessage(const CLI::App* app, const CLI::Error& error) {
    std::string out = translatedError(error.what()) + "\n";
    if (app->get_help_ptr() != nullptr) {
        out += i18n::arg(
                   cliText(QT_TRANSLATE_NOOP("schedlab::cli", "Run with %1 for more information.")),
                   {app->get_help_ptr()->get_name()}) +
               "\n";
    }
    return out;
}

}  // namespace

std::string translatedError(const std::string& message) {
    for (const ErrorPattern& pattern : errorPatterns()) {
        std::smatch match;
        if (std::regex_match(message, match, pattern.english)) {
            std::vector<std::string> args(match.begin() + 1, match.end());
            std::string text = cliText(pattern.text);
            for (std::size_t i = args.size(); i-- > 0;) {  // %1 .. %4, highest first
                const std::string key = "%" + std::to_string(i + 1);
                for (auto at = text.find(key); at != std::string::npos; at = text.find(key)) {
                    text.replace(at, key.size(), args[i]);
                }
            }
            return text;
        }
    }
    return message;
}

void nameSubcommandsGroup(CLI::App& app) {
    for (CLI::App* sub : app.get_subcommands({})) {
        sub->group(cliText(QT_TRANSLATE_NOOP("schedlab::cli", "Subcommands")));
    }
}

void speakOutputLanguage(CLI::App& app) {
    app.formatter(std::make_shared<TranslatingFormatter>());
    app.failure_message(failureMessage);
}

}  // namespace schedlab::cli
