// Every registered chart kind in every format: files that are what they claim, at the asked
// size (PNG dimensions, a well-formed SVG with its text as <text>, a PDF with a page). One test
// per kind and format, named after them.

#include "charts/chart_registry.hpp"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <tuple>

#include "chart_test_runs.hpp"
#include "charts/chart_export.hpp"
#include "engine/policy_spec.hpp"

namespace schedlab::ui {
namespace {

ChartData mlfqData() {
    ChartData data;
    data.run = testing::scenarioRun("mlfq-boost.yaml");
    data.time = 30;
    for (const char* spec : {"fcfs", "sjf", "rr", "mlfq"}) {
        auto workload = data.run->workload;
        workload.policy = *engine::parsePolicySpec(spec).policy;
        data.comparison.push_back({spec, engine::simulate(workload).summary});
    }
    return data;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct SvgFacts {
    bool wellFormed = false;
    QString width, height;
    int texts = 0;
};

SvgFacts readSvg(const QByteArray& bytes) {
    SvgFacts facts;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("svg")) {
            facts.width = xml.attributes().value("viewBox").toString();
        } else if (xml.name() == QLatin1String("text")) {
            ++facts.texts;
        }
    }
    facts.wellFormed = !xml.hasError();
    return facts;
}

using KindAndFormat = std::tuple<std::string, std::string>;

class EveryChart : public ::testing::TestWithParam<KindAndFormat> {
protected:
    QString kind() const { return QString::fromStdString(std::get<0>(GetParam())); }
    QString file() const {
        return m_dir.filePath(kind() + "." + QString::fromStdString(std::get<1>(GetParam())));
    }
    QTemporaryDir m_dir;
};

TEST_P(EveryChart, WritesAValidFileOfTheAskedSize) {
    QString error;
    auto chart = makeChart(kind(), mlfqData(), &error);
    ASSERT_TRUE(chart) << error.toStdString();
    EXPECT_FALSE(chart->title().isEmpty());
    ExportSettings settings = *exportPreset("slide");
    settings = settings.withSize(QSize(1200, 700));
    ChartStyle style;
    style.dark = std::get<1>(GetParam()) == "svg";  // both themes go through every writer
    ASSERT_TRUE(exportChart(*chart, file(), settings, style, &error)) << error.toStdString();
    const QByteArray bytes = readAll(file());
    const std::string format = std::get<1>(GetParam());
    if (format == "png") {
        const QImage image(file());
        EXPECT_EQ(image.size(), QSize(1200, 700));
        EXPECT_GT(image.convertToFormat(QImage::Format_Indexed8).colorCount(), 8);  // not blank
    } else if (format == "svg") {
        const SvgFacts svg = readSvg(bytes);
        EXPECT_TRUE(svg.wellFormed);
        EXPECT_EQ(svg.width, "0 0 1200 700");
        EXPECT_GE(svg.texts, 5) << "labels must stay text, not paths";
    } else {
        EXPECT_TRUE(bytes.startsWith("%PDF-"));
        EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
                      bytes.count("/Type /Page "),
                  1);
        EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    }
}

std::vector<KindAndFormat> everyKindAndFormat() {
    std::vector<KindAndFormat> all;
    for (const ChartKind& kind : chartKinds()) {
        for (const char* format : {"png", "svg", "pdf"}) {
            all.emplace_back(kind.name, format);
        }
    }
    return all;
}

INSTANTIATE_TEST_SUITE_P(Kinds, EveryChart, ::testing::ValuesIn(everyKindAndFormat()),
                         [](const auto& param) {
                             return std::get<0>(param.param) + "_" + std::get<1>(param.param);
                         });

TEST(ChartRegistry, ListsTheFiveKindsInMenuOrder) {
    QStringList names;
    for (const ChartKind& kind : chartKinds()) {
        names << kind.name;
        EXPECT_FALSE(chartKindLabel(kind).isEmpty());
    }
    EXPECT_EQ(names, QStringList({"gantt", "utilization", "compare", "states", "levels"}));
    EXPECT_EQ(findChartKind("levels"), &chartKinds().back());
    EXPECT_EQ(findChartKind("pie"), nullptr);
}

TEST(ChartRegistry, RefusesDataThatCannotMakeTheChart) {
    QString error;
    ChartData rr;
    rr.run = testing::makeRun(testing::textbookRr());
    EXPECT_FALSE(makeChart("levels", rr, &error));
    EXPECT_TRUE(error.contains("mlfq")) << error.toStdString();
    EXPECT_FALSE(makeChart("compare", rr, &error));
    EXPECT_FALSE(makeChart("gantt", ChartData{}, &error));
    EXPECT_FALSE(makeChart("pie", rr, &error));
    EXPECT_TRUE(error.contains("pie"));
}

TEST(ExportSettings, PresetsAndOverrides) {
    const ExportSettings slide = *exportPreset("slide");
    EXPECT_EQ(slide.size, QSize(1920, 1080));
    const ExportSettings print = *exportPreset("print");
    EXPECT_EQ(print.size.width(), 2480);  // 210 mm at 300 dpi
    EXPECT_EQ(print.dpi, 300);
    EXPECT_LT(exportPreset("handout")->size.width(), print.size.width());
    EXPECT_FALSE(exportPreset("poster"));
    // Twice the dpi: twice the pixels, the same layout.
    const ExportSettings fine = print.withDpi(600);
    EXPECT_EQ(fine.size, print.size * 2);
    EXPECT_EQ(fine.logicalSize(), print.logicalSize());
    EXPECT_EQ(slide.withSize(QSize(800, 600)).scale, slide.scale);
    EXPECT_EQ(parseExportSize("640X480"), QSize(640, 480));
    EXPECT_FALSE(parseExportSize("640x"));
    EXPECT_FALSE(parseExportSize("8x8"));
}

TEST(ExportSettings, PngCarriesTheDpi) {
    QTemporaryDir dir;
    auto chart = makeChart("gantt", mlfqData());
    ExportSettings print = *exportPreset("print");
    ASSERT_TRUE(exportChart(*chart, dir.filePath("p.png"), print, ChartStyle{}));
    const QImage image(dir.filePath("p.png"));
    EXPECT_EQ(image.size(), print.size);
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300, 1);
}

TEST(ExportSettings, PdfPageHasThePhysicalSize) {
    QTemporaryDir dir;
    auto chart = makeChart("utilization", mlfqData());
    ASSERT_TRUE(exportChart(*chart, dir.filePath("p.pdf"), *exportPreset("print"), ChartStyle{}));
    // A4 width: 210 mm = 595.3 points, which Qt rounds to whole points.
    EXPECT_TRUE(readAll(dir.filePath("p.pdf")).contains("/MediaBox [0 0 595."));
}

}  // namespace
}  // namespace schedlab::ui
