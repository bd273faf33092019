// Issue #12: a file with problems opens in the app to be fixed there (its text, its problems as
// links to their places), and after an invalid edit the Run tab says its charts are stale.

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include "models/scenario_check.hpp"
#include "models/scenario_document.hpp"
#include "models/simulation_runner.hpp"
#include "ui/file_problems_page.hpp"
#include "ui/main_window.hpp"
#include "ui/stale_banner.hpp"

namespace schedlab::ui {
namespace {

const char* const kBroken = R"(name: Broken homework
processes:
  - {name: P1, arrival: 0, bursts: [5]}
  - {name: P2, arrival: -3, bursts: [4]}
)";

class FileProblemsTest : public ::testing::Test {
protected:
    void SetUp() override {
        QCoreApplication::setOrganizationName("SchedLabTests");
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath("broken.yaml");
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kBroken);
    }
    QTabWidget* tabs() const { return m_window.findChild<QTabWidget*>(); }

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow m_window;
};

TEST_F(FileProblemsTest, Issue12AFileWithProblemsOpensOnAPageWithLinksToThem) {
    EXPECT_FALSE(m_window.openFile(m_path));
    FileProblemsPage* page = m_window.fileProblemsPage();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(tabs()->currentWidget(), page);
    EXPECT_EQ(tabs()->tabText(0), "Problems in broken.yaml");
    EXPECT_EQ(page->editor()->toPlainText(), kBroken);
    const QString problems = page->problemsLabel()->text();
    EXPECT_TRUE(problems.contains("<a href=\"4:25\">line 4, column 25</a>"))
        << problems.toStdString();
    EXPECT_TRUE(problems.contains("arrival")) << problems.toStdString();
    // The link selects that line from its column on.
    page->goTo(1, 1);
    emit page->problemsLabel()->linkActivated("4:25");
    const QTextCursor cursor = page->editor()->textCursor();
    EXPECT_EQ(cursor.block().blockNumber(), 3);
    EXPECT_EQ(cursor.selectedText(), "-3, bursts: [4]}");

    // Fixed on the page, saved and opened: the page goes and the scenario runs.
    QString text = page->editor()->toPlainText();
    page->editor()->setPlainText(text.replace("arrival: -3", "arrival: 3"));
    for (auto* button : page->findChildren<QPushButton*>()) {
        if (button->text() == "&Save and open") {
            button->click();
        }
    }
    EXPECT_LT(tabs()->indexOf(page), 0);
    EXPECT_EQ(m_window.document()->filePath(), m_path);
    m_window.runNow();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            auto run = m_window.currentRun();
            return run && run->workload.name == "Broken homework";
        },
        20000));
    EXPECT_EQ(m_window.currentRun()->workload.processes[1].arrival, 3);
}

TEST_F(FileProblemsTest, Issue12AnUnreadableFileSaysWhy) {
    const QString missing = m_dir.filePath("missing.yaml");
    EXPECT_FALSE(m_window.openFile(missing));
    const QString problems = m_window.fileProblemsPage()->problemsLabel()->text();
    EXPECT_TRUE(problems.contains("cannot read")) << problems.toStdString();
}

TEST_F(FileProblemsTest, Issue12TheChartsAreMarkedStaleAfterAnInvalidEdit) {
    QSignalSpy shown(&m_window, &MainWindow::runShown);
    m_window.runNow();
    auto* runner = m_window.findChild<models::SimulationRunner*>();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_window.currentRun() && !runner->isRunning(); }, 20000));
    shown.clear();
    StaleBanner* banner = m_window.staleBanner();
    EXPECT_FALSE(banner->isStale());
    m_window.document()->setCell(0, models::BurstsColumn, "3 0 2");  // an I/O burst of 0
    m_window.runNow();
    EXPECT_TRUE(banner->isStale());
    EXPECT_TRUE(banner->isVisibleTo(&m_window));
    EXPECT_TRUE(banner->text().contains("last valid scenario"));
    m_window.document()->setCell(0, models::BurstsColumn, "3 1 2");
    m_window.runNow();
    ASSERT_TRUE(shown.wait(20000));
    EXPECT_FALSE(banner->isStale());
    EXPECT_FALSE(banner->isVisibleTo(&m_window));
}

}  // namespace
}  // namespace schedlab::ui
