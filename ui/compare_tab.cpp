#include "ui/compare_tab.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "charts/chart_style.hpp"
#include "charts/compare_chart.hpp"
#include "models/compare_model.hpp"
#include "models/compare_runner.hpp"
#include "models/engine_text.hpp"
#include "models/policy_checklist_model.hpp"
#include "ui/compare_table_export.hpp"
#include "ui/policy_checklist.hpp"

namespace schedlab::ui {
namespace {

constexpr int kDebounceMs = 250;

// The table's headers on two lines ("Avg\nwaiting") when one line is too wide for the tab.
class TwoLineHeaders : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setTwoLines(bool on) {
        if (on != m_twoLines) {
            m_twoLines = on;
            emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        QVariant value = QSortFilterProxyModel::headerData(section, orientation, role);
        if (!m_twoLines || orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return value;
        }
        QString text = value.toString();
        const qsizetype space = text.indexOf(QLatin1Char(' '), text.size() / 3);
        return space > 0 ? text.replace(space, 1, QLatin1Char('\n')) : text;
    }

private:
    bool m_twoLines = false;
};

}  // namespace

CompareTab::CompareTab(QWidget* parent)
    : QWidget(parent),
      m_model(new models::CompareModel(this)),
      m_runner(new models::CompareRunner(this)) {
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CompareTab::run);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(makePolicyPanel());
    splitter->addWidget(makeResults());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});  // 1280x720: the list at its narrowest, the charts wider (#12)
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(splitter);
    connect(m_runner, &models::CompareRunner::finished, this, &CompareTab::showResults);
    connect(m_runner, &models::CompareRunner::failed, this, &CompareTab::showFailure);
}

CompareTab::~CompareTab() = default;

QWidget* CompareTab::makePolicyPanel() {
    auto* panel = new QGroupBox(tr("Policies to compare"), this);
    auto* box = new QVBoxLayout(panel);
    panel->setMinimumWidth(180);  // the list wraps; the results need the room more
    m_list = new PolicyChecklist(panel);
    m_runButton = new QPushButton(tr("Run comparison"), panel);
    m_status = new QLabel(tr("Open a scenario to compare policies."), panel);
    m_status->setWordWrap(true);
    box->addWidget(m_list, 1);
    box->addWidget(m_runButton);
    box->addWidget(makeExportButton(panel));
    box->addWidget(m_status);
    connect(m_runButton, &QPushButton::clicked, this, &CompareTab::run);
    connect(m_list->policies(), &models::PolicyChecklistModel::dataChanged, this,
            &CompareTab::scheduleRun);
    return panel;
}

QWidget* CompareTab::makeResults() {
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new CompareChart(splitter);
    m_table = new QTableView(splitter);
    auto* proxy = new TwoLineHeaders(m_table);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(models::CompareModel::ValueRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);  // the order the policies were listed in
    m_table->verticalHeader()->setVisible(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QFont font = m_table->font();
    font.setPointSize(std::max(font.pointSize(), kTickPointSize));
    m_table->setFont(font);
    // Its columns fit its width again when it resizes: the viewport's resize, since the table's
    // own comes before the viewport has its new width (#12: 2 of 9 columns at 1920x1080).
    m_table->viewport()->installEventFilter(this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QPushButton* CompareTab::makeExportButton(QWidget* parent) {
    m_exportButton = new QPushButton(tr("Export table"), parent);
    m_exportButton->setToolTip(
        tr("Save the table as schedlab-cli compare writes it, for a spreadsheet or a report"));
    auto* menu = new QMenu(m_exportButton);
    menu->addAction(tr("As &CSV..."), this, [this] { exportTable(int(TableFormat::Csv)); });
    menu->addAction(tr("As &Markdown..."), this,
                    [this] { exportTable(int(TableFormat::Markdown)); });
    m_exportButton->setMenu(menu);
    m_exportButton->setEnabled(false);
    return m_exportButton;
}

void CompareTab::exportTable(int format) {
    const QString base = m_file.isEmpty() ? QStringLiteral("comparison")
                                          : QFileInfo(m_file).completeBaseName() +
                                                QStringLiteral("-comparison");
    const QString path = exportCompareTable(this, compareRows(), TableFormat(format), base);
    if (!path.isEmpty()) {
        m_status->setText(tr("Table saved to %1.").arg(QDir::toNativeSeparators(path)));
    }
}

std::vector<report::CompareRow> CompareTab::compareRows() const {
    std::vector<report::CompareRow> rows;
    for (const models::CompareEntry& entry : m_model->entries()) {
        rows.push_back({m_file.toStdString(), m_workload.name, entry.policy, entry.summary});
    }
    return rows;
}

void CompareTab::setWorkload(engine::Workload workload, const QString& file) {
    m_workload = std::move(workload);
    m_file = file;
    m_hasWorkload = true;
    fillPolicies();
    scheduleRun();
}

// Every policy with its defaults; the workload's own policy exactly as the workload has it
// (so rr and mlfq keep the workload's quantum and levels).
void CompareTab::fillPolicies() { m_list->policies()->fillWithEveryPolicy(&m_workload.policy); }

QStringList CompareTab::policySpecs() const { return m_list->policies()->specs(); }

QStringList CompareTab::checkedPolicies() const { return m_list->policies()->checkedSpecs(); }

void CompareTab::setPolicyChecked(const QString& nameOrSpec, bool checked) {
    m_list->policies()->setChecked(nameOrSpec, checked);
}

bool CompareTab::isRunning() const { return m_runner->isRunning() || m_debounce->isActive(); }

void CompareTab::scheduleRun() {
    if (m_autoRun && m_hasWorkload) {
        m_debounce->start();
    }
}

void CompareTab::run() {
    m_debounce->stop();
    if (!m_hasWorkload) {
        return;
    }
    auto configs = m_list->policies()->checkedConfigs();
    if (configs.empty()) {
        m_status->setText(tr("Check at least one policy."));
        return;
    }
    m_status->setText(tr("Simulating the checked policies…"));
    m_runner->start(m_workload, std::move(configs));
}

void CompareTab::showResults() {
    m_model->setEntries(m_runner->result());
    const QString name = QString::fromStdString(m_workload.name);
    m_chart->setEntries(m_runner->result(), name.isEmpty()
                                                 ? tr("Policies compared")
                                                 : tr("%1: policies compared").arg(name));
    m_status->setText(
        tr("Policies compared: %1. The best value of each metric is bold and starred.")
            .arg(m_runner->result().size()));
    m_exportButton->setEnabled(!m_runner->result().empty());
    fitColumns();
    emit finished();
}

bool CompareTab::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

// Columns as wide as their contents; where that is wider than the table (#12: it scrolled
// sideways at 1280x720), the headers go onto two lines, and then the last columns make way (the
// chart above shows utilization and switches; the exported table has every column).
void CompareTab::fitColumns() {
    auto* headers = static_cast<TwoLineHeaders*>(m_table->model());
    QHeaderView* header = m_table->horizontalHeader();
    const int room = m_table->viewport()->width();
    for (int column = 0; column < headers->columnCount(); ++column) {
        m_table->setColumnHidden(column, false);
    }
    for (bool twoLines : {false, true}) {
        headers->setTwoLines(twoLines);
        header->resizeSections(QHeaderView::ResizeToContents);
        if (header->length() <= room) {
            return;
        }
    }
    // Counted here: the header's length is not always updated at once when a section hides.
    int length = header->length();
    for (int column = headers->columnCount() - 1; column > 1 && length > room; --column) {
        length -= header->sectionSize(column);
        m_table->setColumnHidden(column, true);
    }
}

void CompareTab::showFailure(const QString& message) {
    m_status->setText(message);
    emit failed(message);
}

}  // namespace schedlab::ui
