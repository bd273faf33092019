// File > Examples (#12): each line names the scenario and gives the first sentence of its
// comment, whole or cut at a word with "…" and then whole in the tooltip, in English and Chinese.

#include "ui/examples.hpp"

#include <gtest/gtest.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>

#include "language_scope.hpp"
#include "ui/main_window.hpp"

namespace schedlab::ui {
namespace {

QMenu* examplesMenu(MainWindow& window) {
    for (QAction* top : window.menuBar()->actions()) {
        for (QAction* item : top->menu()->actions()) {
            if (item->menu() && item->menu()->actions().size() == bundledExamples().size()) {
                return item->menu();
            }
        }
    }
    return nullptr;
}

bool hasChinese(const QString& text) {
    return text.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
}

TEST(Examples, Issue12DescriptionsAreWholeSentences) {
    for (const Example& e : bundledExamples()) {
        SCOPED_TRACE(e.path.toStdString());
        EXPECT_TRUE(e.description.endsWith('.')) << e.description.toStdString();
    }
    const QList<Example> examples = bundledExamples();  // one list: its iterators stay valid
    auto boost = std::find_if(examples.begin(), examples.end(),
                              [](const Example& e) { return e.path.endsWith("/mlfq-boost.yaml"); });
    ASSERT_NE(boost, examples.end());
    EXPECT_TRUE(
        boost->description.endsWith("the boost brings it back to the top and it gets a turn."));
}

TEST(Examples, ElidingStopsAtAWord) {
    EXPECT_EQ(elideAtWord("short enough", 20), "short enough");
    EXPECT_EQ(elideAtWord("one two three four", 12), QString("one two") + QChar(0x2026));
    EXPECT_EQ(elideAtWord("alpha, beta", 8), QString("alpha") + QChar(0x2026));
}

class ExamplesMenuTest : public ::testing::TestWithParam<const char*> {};

TEST_P(ExamplesMenuTest, Issue12LinesEndAtAWordAndTheTooltipHasTheWholeSentence) {
    testing::LanguageScope scope(GetParam());
    ASSERT_TRUE(scope.ok());
    MainWindow window;
    QMenu* menu = examplesMenu(window);
    ASSERT_NE(menu, nullptr);
    const QList<Example> examples = bundledExamples();
    for (int i = 0; i < examples.size(); ++i) {
        const QAction* action = menu->actions()[i];
        const QString description = exampleDescription(examples[i]);
        SCOPED_TRACE(action->text().toStdString());
        EXPECT_LE(action->text().size(), examples[i].name.size() + 3 + 110);
        EXPECT_TRUE(action->text().endsWith(QChar(0x2026)) || action->text().endsWith(description));
        if (action->text().endsWith(QChar(0x2026))) {
            const QString shown = action->text().section(QStringLiteral(" — "), 1).chopped(1);
            EXPECT_TRUE(description.startsWith(shown));
            if (!hasChinese(description)) {  // English: cut where a word ends
                EXPECT_EQ(description.at(shown.size()), ' ');
            }
        }
        EXPECT_TRUE(action->toolTip().contains(description.toHtmlEscaped()));
        EXPECT_EQ(hasChinese(description), QString(GetParam()) == "zh_CN");
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, ExamplesMenuTest, ::testing::Values("en", "zh_CN"));

}  // namespace
}  // namespace schedlab::ui
