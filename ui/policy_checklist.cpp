#include "ui/policy_checklist.hpp"

#include <algorithm>

#include "charts/chart_style.hpp"
#include "models/policy_checklist_model.hpp"

namespace schedlab::ui {

PolicyChecklist::PolicyChecklist(QWidget* parent)
    : QListView(parent), m_policies(new models::PolicyChecklistModel(this)) {
    setModel(m_policies);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont bigger = font();  // as large as the charts' ticks
    bigger.setPointSize(std::max(bigger.pointSize(), kTickPointSize));
    setFont(bigger);
}

}  // namespace schedlab::ui
