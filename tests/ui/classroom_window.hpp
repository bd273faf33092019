#pragma once
// The main window as it opens the first time at a classroom size and language: the fixture the
// window-size tests (issue #9) and the classroom-view tests (issue #12) share.

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTranslator>
#include <memory>
#include <string>

#include "ui/main_window.hpp"

namespace schedlab::ui::testing {

struct WindowCase {
    int width;
    int height;
    const char* language;  // "" = English
};

inline std::string caseName(const ::testing::TestParamInfo<WindowCase>& info) {
    const auto& c = info.param;
    return "W" + std::to_string(c.width) + "x" + std::to_string(c.height) + "_" +
           (*c.language ? c.language : "en");
}

class ClassroomWindowTest : public ::testing::TestWithParam<WindowCase> {
protected:
    void SetUp() override {
        QCoreApplication::setOrganizationName("SchedLabTests");
        QSettings().remove("window");  // a first start: nothing saved
        if (*GetParam().language) {
            ASSERT_TRUE(m_translator.load(QLocale(GetParam().language), "schedlab", "_",
                                          SCHEDLAB_QM_DIR));
            QCoreApplication::installTranslator(&m_translator);
        }
        m_window = std::make_unique<MainWindow>();
        m_window->setWindowState(Qt::WindowNoState);  // the offscreen screen is smaller
        m_window->resize(GetParam().width, GetParam().height);
        QSignalSpy shown(m_window.get(), &MainWindow::runShown);
        m_window->show();
        ASSERT_TRUE(shown.wait(20000));
        settle();
    }
    void TearDown() override {
        m_window.reset();
        QCoreApplication::removeTranslator(&m_translator);
    }

    // Lets the docks take their sizes and every widget paint once.
    void settle() {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
        }
        for (auto* plot : m_window->findChildren<QCustomPlot*>()) {
            plot->replot();
        }
        m_window->grab();
    }

    QTranslator m_translator;
    std::unique_ptr<MainWindow> m_window;
};

}  // namespace schedlab::ui::testing
