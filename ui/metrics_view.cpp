#include "ui/metrics_view.hpp"

#include <QHeaderView>
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
