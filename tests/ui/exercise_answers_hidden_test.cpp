// Issue #12: while an exercise is open nothing in the window shows a time the student has not
// worked out yet: no widget's text, tooltip, status bar or table cell holds a response,
// turnaround or waiting time of the solution, nor their averages, until the student checks
// their times. Walked over the whole widget tree at several steps, in English and Chinese.

#include <gtest/gtest.h>

#include <array>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include "engine/simulation.hpp"
#include "in_sight.hpp"
#include "models/metrics_model.hpp"
#include "models/playback_controller.hpp"
#include "scenario/scenario_io.hpp"
#include "ui/exercise_panel.hpp"
#include "ui/main_window.hpp"

namespace schedlab::ui {
namespace {

// Three processes with I/O under round robin: the solution's times are not all tiny numbers.
const char* const kExercise = R"(name: Homework 12
exercise: true
policy: {name: rr, quantum: 2}
processes:
  - {name: P1, arrival: 0, bursts: [5, 3, 2]}
  - {name: P2, arrival: 1, bursts: [3]}
  - {name: P3, arrival: 2, bursts: [4, 2, 3]}
)";

// Every text a person can read in `window`: labels, buttons, tooltips of visible widgets, the
// status bar, and every item view's cells, cell tooltips and headers.
QStringList textsOnScreen(const QWidget& window) {
    QStringList out{window.findChild<QStatusBar*>()->currentMessage()};
    for (const QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&window)) {
            continue;
        }
        out << w->toolTip();
        if (auto* label = qobject_cast<const QLabel*>(w)) {
            out << label->text();
        } else if (auto* button = qobject_cast<const QAbstractButton*>(w)) {
            out << button->text();
        }
    }
    return out;
}

// The cells of every visible table whose column is headed `heading`.
QStringList column(const QWidget& window, const QString& heading) {
    QStringList out;
    for (const auto* view : window.findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        if (!view->isVisibleTo(&window) || !model) {
            continue;
        }
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->headerData(c, Qt::Horizontal).toString() != heading) {
                continue;
            }
            for (int r = 0; r < model->rowCount(); ++r) {
                out << model->index(r, c).data().toString()
                    << model->index(r, c).data(Qt::ToolTipRole).toString();
            }
        }
    }
    return out;
}

struct Solution {
    QStringList averages;                         ///< as the app and the CLI format them
    std::vector<std::array<qlonglong, 3>> times;  ///< response, turnaround, waiting
};

Solution solve() {
    auto workload = scenario::parseScenario(kExercise, "hw.yaml").workload.value();
    auto result = engine::simulate(workload);
    Solution s;
    for (double a :
         {result.summary.avgResponse, result.summary.avgTurnaround, result.summary.avgWaiting}) {
        s.averages << QLocale().toString(a, 'f', 2) << QString::number(a, 'f', 3);
    }
    for (const auto& m : result.processes) {
        s.times.push_back({m.response, m.turnaround, m.waiting});
    }
    return s;
}

class ExerciseAnswersHiddenTest : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        QCoreApplication::setOrganizationName("SchedLabTests");
        if (*GetParam()) {
            ASSERT_TRUE(m_translator.load(QLocale(GetParam()), "schedlab", "_", SCHEDLAB_QM_DIR));
            QCoreApplication::installTranslator(&m_translator);
        }
        ASSERT_TRUE(m_dir.isValid());
        QString path = m_dir.filePath("hw.yaml");
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kExercise);
        file.close();
        m_window = std::make_unique<MainWindow>();
        QStringList problems;
        ASSERT_TRUE(m_window->loadFile(path, &problems)) << problems.join('\n').toStdString();
        QSignalSpy shown(m_window.get(), &MainWindow::runShown);
        m_window->runNow();
        ASSERT_TRUE(shown.wait(20000));
        m_window->setWindowState(Qt::WindowNoState);  // the offscreen screen is smaller
        m_window->resize(1280, 720);
        m_window->show();
        QCoreApplication::processEvents();
    }
    void TearDown() override {
        m_window.reset();
        QCoreApplication::removeTranslator(&m_translator);
    }

    QStringList answerHeadings() const {
        QStringList out;
        models::MetricsModel metrics;
        for (int c : {models::MetricsModel::Response, models::MetricsModel::Turnaround,
                      models::MetricsModel::Waiting}) {
            out << metrics.headerData(c, Qt::Horizontal).toString();
        }
        for (const char* h : {"Response", "Turnaround", "Waiting"}) {
            out << QCoreApplication::translate("schedlab::ui::ExercisePanel", h);
        }
        return out;
    }

    // Nothing of the solution anywhere; `step` names the moment for the failure message.
    void expectHidden(const std::string& step) {
        QCoreApplication::processEvents();
        const QString all = textsOnScreen(*m_window).join('\n');
        for (const QString& average : m_solution.averages) {
            EXPECT_FALSE(all.contains(average)) << step << ": average " << average.toStdString();
        }
        for (const QString& heading : answerHeadings()) {
            for (const QString& cell : column(*m_window, heading)) {
                bool number = false;
                cell.toLongLong(&number);
                EXPECT_FALSE(number)
                    << step << ": " << heading.toStdString() << " shows " << cell.toStdString();
            }
        }
    }

    ExercisePanel* panel() const { return m_window->exercisePanel(); }

    QPushButton* checkButton() const {
        const QString text =
            QCoreApplication::translate("schedlab::ui::ExercisePanel", "Check my times");
        for (auto* button : panel()->findChildren<QPushButton*>()) {
            if (button->text() == text) {
                return button;
            }
        }
        return nullptr;
    }

    QTranslator m_translator;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Solution m_solution = solve();
};

TEST_P(ExerciseAnswersHiddenTest, Issue12NoAnswerShowsBeforeTheStudentChecksTheirTimes) {
    ASSERT_TRUE(panel()->isActive());
    expectHidden("first question");
    int step = 0;
    while (!panel()->candidateButtons().isEmpty()) {
        panel()->candidateButtons().back()->click();  // right or wrong, the run goes on
        if (++step % 3 == 0) {
            expectHidden("after answer " + std::to_string(step));
        }
    }
    expectHidden("times to fill in");
    m_window->playback()->toStart();
    expectHidden("finished, played back to the start");
    m_window->playback()->toEnd();
    expectHidden("finished, at the end");

    // Checking the times (all left empty: all wrong) shows the answers everywhere.
    QPushButton* check = checkButton();
    ASSERT_NE(check, nullptr);
    ASSERT_TRUE(check->isVisibleTo(m_window.get()));
    check->click();
    QCoreApplication::processEvents();
    EXPECT_FALSE(panel()->answersHidden());
    const QString all = textsOnScreen(*m_window).join('\n');
    EXPECT_TRUE(all.contains(m_solution.averages[4])) << "average waiting in the status bar";
    models::MetricsModel headings;
    const QStringList turnarounds =
        column(*m_window,
               headings.headerData(models::MetricsModel::Turnaround, Qt::Horizontal).toString());
    for (const auto& times : m_solution.times) {
        EXPECT_TRUE(turnarounds.contains(QString::number(times[1]))) << times[1];
    }
}

// #12: at 1280x720 the table of times and Check my times were below the fold of the Exercise
// dock once the last question was answered: the dock makes room, every row and the button whole.
TEST_P(ExerciseAnswersHiddenTest, Issue12TheTimesAndCheckMyTimesAreInSightAt1280x720) {
    while (!panel()->candidateButtons().isEmpty()) {
        panel()->candidateButtons().front()->click();
    }
    for (int i = 0; i < 5; ++i) {  // the dock takes its new height on the next turn of events
        QCoreApplication::processEvents();
    }
    QPushButton* check = checkButton();
    ASSERT_NE(check, nullptr);
    EXPECT_TRUE(testing::inSight(check));
    auto* times = panel()->findChild<QTableWidget*>();
    ASSERT_NE(times, nullptr);
    EXPECT_TRUE(testing::inSight(times));
    // Checked (all left empty), with the Metrics dock back: the corrections start in sight, their
    // first three lines whole (all nine, wrapped in English, may then scroll).
    check->click();
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    ASSERT_FALSE(panel()->answersHidden());
    QLabel* corrections = nullptr;
    for (auto* label : panel()->findChildren<QLabel*>()) {
        corrections = label->text().count("<br>") >= 8 ? label : corrections;  // 9 corrections
    }
    ASSERT_NE(corrections, nullptr);
    auto* viewport = corrections->parentWidget()->parentWidget();  // the dock's scroll area's
    const QRect lines(corrections->mapTo(viewport, QPoint(0, 0)),
                      QSize(corrections->width(), 3 * corrections->fontMetrics().lineSpacing()));
    EXPECT_TRUE(viewport->rect().contains(lines)) << "corrections at y=" << lines.y();
    EXPECT_TRUE(corrections->isVisible());
    EXPECT_TRUE(testing::inSight(viewport));
}

INSTANTIATE_TEST_SUITE_P(Languages, ExerciseAnswersHiddenTest, ::testing::Values("", "zh_CN"),
                         [](const auto& language) {
                             return std::string(*language.param ? "Chinese" : "English");
                         });

}  // namespace
}  // namespace schedlab::ui
