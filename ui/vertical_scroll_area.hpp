#pragma once
// A scroll area that scrolls only up and down: it is never narrower than what its widget needs,
// so a panel in a dock is read without scrolling sideways and the dock keeps that width.

#include <QScrollArea>

namespace schedlab::ui {

class VerticalScrollArea : public QScrollArea {
    Q_OBJECT
public:
    explicit VerticalScrollArea(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int neededWidth() const;
};

}  // namespace schedlab::ui
