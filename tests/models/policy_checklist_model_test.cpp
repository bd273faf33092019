// PolicyChecklistModel (#13): the one checklist of the Compare tab and the batch window.

#include "models/policy_checklist_model.hpp"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include "engine/policy_registry.hpp"
#include "engine/policy_spec.hpp"

namespace schedlab::models {
namespace {

engine::PolicyConfig spec(const char* text) { return *engine::parsePolicySpec(text).policy; }

class PolicyChecklistModelTest : public ::testing::Test {
protected:
    PolicyChecklistModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(PolicyChecklistModelTest, EveryPolicyWithThoseComparedByDefaultChecked) {
    model.fillWithEveryPolicy();
    ASSERT_EQ(std::size_t(model.rowCount()), engine::policyEntries().size());
    EXPECT_EQ(model.checkedSpecs(), QStringList({"fcfs", "sjf", "rr:quantum=4"}));
    const QModelIndex rr = model.index(int(model.specs().indexOf("rr:quantum=4")));
    EXPECT_EQ(rr.data().toString(), "Round robin\n    rr:quantum=4");
    EXPECT_EQ(rr.data(Qt::ToolTipRole).toString(), "rr:quantum=4");
    EXPECT_EQ(rr.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_TRUE(rr.flags() & Qt::ItemIsUserCheckable);
}

TEST_F(PolicyChecklistModelTest, TheWorkloadsOwnPolicyIsListedAsItIsAndChecked) {
    const auto own = spec("srtf");
    model.fillWithEveryPolicy(&own);
    EXPECT_EQ(model.checkedSpecs(), QStringList({"fcfs", "sjf", "srtf", "rr:quantum=4"}));
    const auto rr3 = spec("rr:quantum=3");
    model.fillWithEveryPolicy(&rr3);
    EXPECT_TRUE(model.specs().contains("rr:quantum=3"));
    EXPECT_FALSE(model.specs().contains("rr:quantum=4"));
}

// The two tabs used to match differently: a SPEC picks its row, a name every row of the policy.
TEST_F(PolicyChecklistModelTest, ASpecChecksItsRowAndANameEveryRowOfThePolicy) {
    model.fillWithEveryPolicy();
    model.add(spec("rr:quantum=2"));
    EXPECT_EQ(model.checkedSpecs(), QStringList({"fcfs", "sjf", "rr:quantum=4", "rr:quantum=2"}));
    model.setChecked("rr:quantum=4", false);
    EXPECT_EQ(model.checkedSpecs(), QStringList({"fcfs", "sjf", "rr:quantum=2"}));
    model.setChecked("rr", false);
    EXPECT_EQ(model.checkedSpecs(), QStringList({"fcfs", "sjf"}));
    model.setChecked("rr", true);
    EXPECT_EQ(model.checkedConfigs().size(), 4U);
    model.setChecked("no-such-policy", true);
    EXPECT_EQ(model.checkedSpecs().size(), 4);
}

TEST_F(PolicyChecklistModelTest, AddingAListedSpecOnlyChecksIt) {
    model.fillWithEveryPolicy();
    const int rows = model.rowCount();
    model.setChecked("fcfs", false);
    model.add(spec("fcfs"));
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_TRUE(model.checkedSpecs().contains("fcfs"));
}

TEST_F(PolicyChecklistModelTest, CheckingThroughTheViewRoleIsSignalled) {
    model.fillWithEveryPolicy();
    QSignalSpy changed(&model, &PolicyChecklistModel::dataChanged);
    const QModelIndex fcfs = model.index(int(model.specs().indexOf("fcfs")));
    ASSERT_TRUE(model.setData(fcfs, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(model.checkedSpecs().contains("fcfs"));
    EXPECT_FALSE(model.setData(fcfs, "x", Qt::DisplayRole));
    model.setChecked("fcfs", false);  // no change, no signal
    EXPECT_EQ(changed.count(), 1);
}

}  // namespace
}  // namespace schedlab::models
