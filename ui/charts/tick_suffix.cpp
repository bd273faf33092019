#include "charts/tick_suffix.hpp"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSpinBox>

namespace schedlab::ui {
namespace {

// The unit is part of the value's text (not Qt's fixed suffix), so that it follows the value
// however the value is set, also with the box's signals blocked.
class TicksSpinBox : public QSpinBox {
public:
    using QSpinBox::QSpinBox;

protected:
    QString textFromValue(int value) const override {
        return QSpinBox::textFromValue(value) +
               QCoreApplication::translate("schedlab::ui::TickSuffix", " tick(s)",
                                           "the unit after a number of ticks in a spin box", value);
    }
    int valueFromText(const QString& text) const override {
        return QSpinBox::valueFromText(number(text));
    }
    QValidator::State validate(QString& text, int& pos) const override {
        QString digits = number(text);
        int at = std::min<int>(pos, static_cast<int>(digits.size()));
        return QSpinBox::validate(digits, at);
    }

private:
    static QString number(const QString& text) {
        static const QRegularExpression unit(QStringLiteral("\\D*$"));
        return QString(text).remove(unit).trimmed();
    }
};

}  // namespace

QSpinBox* newTicksSpinBox(QWidget* parent) { return new TicksSpinBox(parent); }

}  // namespace schedlab::ui
