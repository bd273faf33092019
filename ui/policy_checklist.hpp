#pragma once
// The list of checkable policies of the Compare tab and the batch window: a view of a
// PolicyChecklistModel, wrapping long SPECs and readable on a projector.

#include <QListView>

namespace schedlab::models {
class PolicyChecklistModel;
}

namespace schedlab::ui {

class PolicyChecklist : public QListView {
    Q_OBJECT
public:
    explicit PolicyChecklist(QWidget* parent = nullptr);

    models::PolicyChecklistModel* policies() const { return m_policies; }

private:
    models::PolicyChecklistModel* m_policies = nullptr;
};

}  // namespace schedlab::ui
