#include "ui/metrics_view.hpp"

#include <algorithm>

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QSortFilterProxyModel>

#include "models/metrics_model.hpp"
#include "models/playback_controller.hpp"

namespace schedlab::ui {
namespace {

using models::MetricsModel;

// Above this many processes the table is not re-sorted at every tick (a sort of 100,000 rows
// takes a quarter of a second): only once playback pauses or stepping settles.
constexpr int kLiveSortRows = 20000;
constexpr int kSettleMs = 300;

// "P2" before "P10": runs of digits compare as numbers, the rest case-insensitively.
bool naturalLess(const QString& a, const QString& b) {
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype i0 = i;
            qsizetype j0 = j;
            for (; i < a.size() && a[i].isDigit(); ++i) {
            }
            for (; j < b.size() && b[j].isDigit(); ++j) {
            }
            auto x = a.mid(i0, i - i0).toULongLong();
            auto y = b.mid(j0, j - j0).toULongLong();
            if (x != y) {
                return x < y;
            }
        } else if (a[i].toCaseFolded() != b[j].toCaseFolded()) {
            return a[i].toCaseFolded() < b[j].toCaseFolded();
        } else {
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

// Sorts by MetricsModel::SortRole, names in natural order (P2 before P10), and keeps the
// average row last in both directions.
class AverageLastProxy : public QSortFilterProxyModel {
public:
    explicit AverageLastProxy(QObject* parent) : QSortFilterProxyModel(parent) {
        setSortRole(MetricsModel::SortRole);
        setDynamicSortFilter(false);  // MetricsView re-sorts when it is worth it
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override {
        bool leftAverage = left.data(MetricsModel::IsAverageRole).toBool();
        bool rightAverage = right.data(MetricsModel::IsAverageRole).toBool();
        if (leftAverage || rightAverage) {
            // Descending order swaps the comparison, so "last" means less there.
            bool descending = sortOrder() == Qt::DescendingOrder;
            return leftAverage ? descending && !rightAverage : !descending;
        }
        QVariant a = left.data(sortRole());
        QVariant b = right.data(sortRole());
        if (a.typeId() == QMetaType::QString) {
            return naturalLess(a.toString(), b.toString());
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

}  // namespace

MetricsView::MetricsView(QWidget* parent) : QTableView(parent) {
    m_model = new MetricsModel(this);
    m_proxy = new AverageLastProxy(this);
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    QFont big = font();
    big.setPointSizeF(std::max(13.0, font().pointSizeF() * 1.25));
    setFont(big);
    horizontalHeader()->setFont(big);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(QFontMetrics(big).height() + 4);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // the file's order at first
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &MetricsView::sortNow);
    buildFooter();
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { emit summaryChanged(m_model->summaryText()); });
}

// The footer shares the proxy, shows only its last row (the average) and follows the table's
// columns and sideways scrolling.
void MetricsView::buildFooter() {
    m_footer = new QTableView(this);
    m_footer->setModel(m_proxy);
    m_footer->setFont(font());
    m_footer->horizontalHeader()->hide();
    m_footer->verticalHeader()->hide();
    m_footer->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_footer->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footer->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footer->setFrameShape(QFrame::NoFrame);
    m_footer->setFocusPolicy(Qt::NoFocus);
    m_footer->setSelectionMode(QAbstractItemView::NoSelection);
    m_footer->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_footer->viewport()->installEventFilter(this);
    m_footer->setStyleSheet(QStringLiteral("QTableView { border-top: 1px solid palette(mid); }"));
    connect(horizontalHeader(), &QHeaderView::sectionResized, m_footer,
            [this](int column, int, int size) { m_footer->setColumnWidth(column, size); });
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, m_footer->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MetricsView::hideAverageRow);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MetricsView::hideAverageRow);
}

// The proxy keeps the average row last; the row above it is the one hidden before it moved.
void MetricsView::hideAverageRow() {
    const int last = m_proxy->rowCount() - 1;
    for (int row = std::max(0, last - 1); row <= last; ++row) {
        setRowHidden(row, row == last);
    }
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        m_footer->setColumnWidth(column, columnWidth(column));
    }
    updateGeometries();
    m_footer->scrollToBottom();
}

bool MetricsView::eventFilter(QObject* watched, QEvent* event) {
    // The footer shows the average row only: it does not scroll up and down.
    if (m_footer && watched == m_footer->viewport() && event->type() == QEvent::Wheel) {
        return true;
    }
    return QTableView::eventFilter(watched, event);
}

// Room for the footer between the rows and the horizontal scroll bar.
void MetricsView::updateGeometries() {
    if (!m_footer) {  // still being built
        QTableView::updateGeometries();
        return;
    }
    const int height = m_proxy->rowCount() > 0 ? verticalHeader()->defaultSectionSize() : 0;
    // Keep the header's room at the top (QTableView's own margin): only the bottom is ours.
    const int header = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    const QMargins wanted(0, header, 0, height);
    if (viewportMargins() != wanted) {
        setViewportMargins(wanted);
    }
    QTableView::updateGeometries();
    const QRect area = viewport()->geometry();
    m_footer->setGeometry(area.left(), area.bottom() + 1, area.width(), height);
    m_footer->setVisible(height > 0);
}

void MetricsView::setController(models::PlaybackController* controller) {
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    if (controller) {
        connect(controller, &models::PlaybackController::runChanged, this, &MetricsView::syncRun);
        connect(controller, &models::PlaybackController::timeChanged, this, [this](auto time) {
            m_model->setTime(time);
            resort();
        });
        connect(controller, &models::PlaybackController::playingChanged, this,
                &MetricsView::resort);
    }
    syncRun();
}

void MetricsView::syncRun() {
    m_model->setRun(m_controller ? m_controller->run() : nullptr);
    if (m_controller) {
        m_model->setTime(m_controller->time());
    }
    resort();
    resizeColumnsToContents();
    fitAverageLabel();
    hideAverageRow();
    emit summaryChanged(m_model->summaryText());
}

// The pinned Average row's name whole ("Average…" at 1280x720, #12): the hidden row is not
// measured by resizeColumnsToContents.
void MetricsView::fitAverageLabel() {
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int wide = 0;
    for (bool final : {false, true}) {
        wide = std::max(wide, metrics.horizontalAdvance(models::MetricsModel::averageLabel(final)));
    }
    const int margin = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 8;
    setColumnWidth(models::MetricsModel::Name,
                   std::max(columnWidth(models::MetricsModel::Name), wide + margin));
}

void MetricsView::resort() {
    if (m_model->rowCount() <= kLiveSortRows) {
        sortNow();
    } else if (!m_controller || !m_controller->isPlaying()) {
        m_settle.start(kSettleMs);
    }
}

void MetricsView::sortNow() {
    int column = horizontalHeader()->sortIndicatorSection();
    if (column >= 0) {
        m_proxy->sort(column, horizontalHeader()->sortIndicatorOrder());
    }
}

}  // namespace schedlab::ui
