#include "ui/run_page.hpp"

#include <QAction>
#include <QEvent>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

#include "charts/gantt_chart.hpp"
#include "charts/utilization_chart.hpp"
#include "ui/playback_bar.hpp"
#include "ui/vertical_scroll_area.hpp"

namespace schedlab::ui {
namespace {

// Rows the Gantt asks room for before it lets the rest scroll: ten processes and a CPU or two.
constexpr int kRowsWithoutScrolling = 12;

}  // namespace

RunPage::RunPage(QWidget* parent)
    : QWidget(parent),
      m_gantt(new GanttChart),
      m_utilization(new UtilizationChart),
      m_playbackBar(new PlaybackBar),
      m_charts(new QSplitter(Qt::Vertical)) {
    m_charts->addWidget(m_gantt);
    m_charts->addWidget(m_utilization);
    m_charts->setChildrenCollapsible(false);
    m_charts->installEventFilter(this);
    connect(m_charts, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    auto* area = new VerticalScrollArea;  // a very short window scrolls, never squeezes
    area->setWidget(m_charts);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(area, 1);
    layout->addWidget(m_playbackBar);  // outside the scroll area: never scrolled out of sight
    m_showUtilization = new QAction(tr("Show the CPU &utilization chart"), this);
    m_showUtilization->setObjectName(QStringLiteral("ShowUtilization"));
    m_showUtilization->setCheckable(true);
    m_showUtilization->setChecked(true);
    m_showUtilization->setStatusTip(tr("Hide it to give the Gantt chart the whole tab"));
    connect(m_showUtilization, &QAction::toggled, this, &RunPage::updateUtilizationShown);
    connect(m_utilization, &UtilizationChart::foldToggled, this, [this] {
        m_userFolded = true;  // the user's choice stands until the next first start
        shareHeight();
    });
}

void RunPage::addBanner(QWidget* banner) {
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, banner);
}

void RunPage::setGanttOnly(bool on) {
    m_ganttOnly = on;
    updateUtilizationShown();
}

void RunPage::updateUtilizationShown() {
    m_utilization->setVisible(m_showUtilization->isChecked() && !m_ganttOnly);
    shareHeight();  // which also drops the user's splitter position
}

// The Gantt first: the height its rows need (up to kRowsWithoutScrolling), at least three
// fifths of the tab when there is more. The utilization chart gets the rest, folded to its
// control line when the rest is less than it needs (unless the user unfolded it).
void RunPage::shareHeight() {
    m_userSized = false;
    if (!m_utilization->isVisible()) {
        return;
    }
    const int total = m_charts->height() - m_charts->handleWidth();
    const int rows = std::min(m_gantt->rowCount(), kRowsWithoutScrolling);
    const int need = m_gantt->heightForRows(std::max(rows, 1));
    if (!m_userFolded) {
        m_utilization->setFolded(total - need < m_utilization->unfoldedMinimumHeight());
    }
    const int below = m_utilization->isFolded() ? m_utilization->minimumSizeHint().height()
                                                : m_utilization->unfoldedMinimumHeight();
    const int lowest = m_gantt->minimumSizeHint().height();
    const int highest = std::max(lowest, total - below);
    const int gantt = m_utilization->isFolded() ? highest
                                                : std::clamp(std::max(need, total * 3 / 5), lowest, highest);
    m_charts->setSizes({gantt, std::max(0, total - gantt)});
}

bool RunPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_charts && event->type() == QEvent::Resize && !m_userSized) {
        shareHeight();
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace schedlab::ui
