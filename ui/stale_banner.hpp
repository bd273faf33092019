#pragma once
// A strip over the Run tab's charts, shown while the scenario has problems: the charts still draw
// the last scenario that ran, and the banner says so until the next valid run. #12

#include <QLabel>

namespace schedlab::ui {

class StaleBanner : public QLabel {
    Q_OBJECT
public:
    explicit StaleBanner(QWidget* parent = nullptr);

    void setStale(bool stale);
    bool isStale() const { return m_stale; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    bool m_stale = false;
};

}  // namespace schedlab::ui
