#include "charts/state_diagram.hpp"

#include <QPainter>
#include <QtMath>
#include <algorithm>

#include "charts/chart_style.hpp"
#include "charts/process_colors.hpp"
#include "models/playback_controller.hpp"

namespace schedlab::ui {
namespace {

using engine::ProcessState;

constexpr int kStates = static_cast<int>(models::kStateCount);

// Box centres as fractions of the widget: the textbook layout, with new and terminated above,
// ready and running side by side, blocked below.
constexpr std::array<QPointF, models::kStateCount> kCentres = {
    QPointF(0.11, 0.16), QPointF(0.27, 0.52), QPointF(0.73, 0.52), QPointF(0.5, 0.85),
    QPointF(0.89, 0.16)};

// Which side of each arrow its label goes (+1: left of the direction of travel), chosen so
// that every label lies in open space.
constexpr std::array<int, 6> kLabelSide = {-1, -1, -1, -1, -1, -1};

QFont pixelFont(const QFont& base, double pixels, bool bold) {
    QFont font = base;
    font.setPixelSize(std::max(11, qRound(pixels)));
    font.setBold(bold);
    return font;
}

struct Label {
    QPointF middle, normal;  // the arrow's middle, and the side the label goes
    QPointF along;           // from the arrow's start to its end
    QString text;
    bool hot = false;
    double maxWidth = 0;  // wider labels wrap onto two lines; 0: no limit
};

class Painter {
public:
    Painter(QPainter& painter, const QWidget& widget, const models::InstantState& state,
            const models::Run& run)
        : m_p(painter), m_state(state), m_run(run), m_chart(chartPalette(widget.palette())) {
        QSizeF size = widget.size();
        m_bounds = QRectF(QPointF(0, 0), size);
        m_text = widget.palette().color(QPalette::WindowText);
        m_window = widget.palette().color(QPalette::Window);
        m_muted = mixColors(m_text, m_window, 0.55);
        // Boxes and fonts scale with the widget, down to a narrow dock (~300 px).
        double bw = std::clamp(size.width() * 0.2, 56.0, 240.0);
        double bh = std::clamp(size.height() * 0.24, 48.0, 140.0);
        for (int s = 0; s < kStates; ++s) {
            QPointF c(kCentres[s].x() * size.width(), kCentres[s].y() * size.height());
            m_boxes[s] = QRectF(c.x() - bw / 2, c.y() - bh / 2, bw, bh);
        }
        m_nameFont = pixelFont(widget.font(), std::max(12.0, bh * 0.2), true);
        for (int st = 0; st < kStates; ++st) {  // one size in which every name fits its box
            QString name = capitalized(stateLabel(static_cast<ProcessState>(st)));
            m_nameFont = fitted(m_nameFont, name, bw - 8);
        }
        m_countFont = pixelFont(widget.font(), bh * 0.42, true);
        m_namesFont = pixelFont(widget.font(), std::max(11.0, bh * 0.15), false);
        fitLabelFont(widget.font(), std::clamp(bw * 0.2, 12.0, std::max(15.0, bh * 0.19)));
    }

    void draw(std::array<int, 6>& taken) {
        const auto& all = StateDiagram::transitions();
        for (std::size_t i = 0; i < all.size(); ++i) {
            taken[i] = m_state.transitions(all[i].from, all[i].to);
            QString label = StateDiagram::tr(all[i].label);
            if (taken[i] > 0) {
                label = StateDiagram::tr("%1 \u00d7%2").arg(label).arg(taken[i]);
            }
            auto [from, to] = anchors(i);
            drawArrow(from, to, taken[i] > 0);
            QLineF unit = QLineF(from, to).unitVector();
            QPointF normal(-unit.dy() * kLabelSide[i], unit.dx() * kLabelSide[i]);
            // The labels between ready and running wrap to stay in the gap between the boxes.
            double maxWidth = (i == 1 || i == 2) ? m_gap : m_bounds.width() * 0.45;
            m_labels.push_back({(from + to) / 2, normal, to - from, label, taken[i] > 0, maxWidth});
        }
        for (int s = 0; s < kStates; ++s) {
            drawBox(static_cast<ProcessState>(s));
        }
        for (const Label& label : m_labels) {  // last, so that nothing hides them
            drawLabel(label);
        }
    }

    const QList<QRectF>& labelRects() const { return m_labelRects; }
    QList<QRectF> boxRects() const { return {m_boxes.begin(), m_boxes.end()}; }

private:
    QRectF box(ProcessState s) const { return m_boxes[static_cast<std::size_t>(s)]; }

    // The labels between ready and running must fit in the gap between the two boxes.
    void fitLabelFont(const QFont& base, double pixels) {
        double gap = box(ProcessState::Running).left() - box(ProcessState::Ready).right();
        m_gap = std::max(40.0, gap - 4);
        m_labelFont = pixelFont(base, pixels, true);
        QString widest = StateDiagram::tr("%1 \u00d7%2")
                             .arg(StateDiagram::tr(StateDiagram::transitions()[2].label))
                             .arg(9);
        double width = QFontMetricsF(m_labelFont).horizontalAdvance(widest) + 28;
        if (width > 2 * gap) {  // on two lines it would still not fit
            m_labelFont = pixelFont(base, pixels * 2 * gap / width, true);
        }
    }

    // Where arrow i starts and ends, on the edges of its boxes.
    std::pair<QPointF, QPointF> anchors(std::size_t i) const {
        QRectF nw = box(ProcessState::New), rd = box(ProcessState::Ready);
        QRectF rn = box(ProcessState::Running), bl = box(ProcessState::Blocked);
        QRectF tm = box(ProcessState::Terminated);
        double dy = rd.height() * 0.22;
        switch (i) {
            case 0:  // admit
                return {{nw.right() - nw.width() * 0.3, nw.bottom()},
                        {rd.left() + rd.width() * 0.45, rd.top()}};
            case 1:  // dispatch
                return {{rd.right(), rd.center().y() - dy}, {rn.left(), rn.center().y() - dy}};
            case 2:  // timeout / preempt
                return {{rn.left(), rn.center().y() + dy}, {rd.right(), rd.center().y() + dy}};
            case 3:  // exit
                return {{rn.right() - rn.width() * 0.45, rn.top()},
                        {tm.left() + tm.width() * 0.3, tm.bottom()}};
            case 4:  // I/O wait
                return {{rn.center().x(), rn.bottom()}, {bl.right(), bl.center().y()}};
            default:  // I/O done
                return {{bl.left(), bl.center().y()}, {rd.center().x(), rd.bottom()}};
        }
    }

    void drawArrow(QPointF from, QPointF to, bool hot) {
        QColor color = hot ? m_chart.cursor : m_muted;
        double width = hot ? 6.0 : 2.5;
        QLineF unit = QLineF(from, to).unitVector();
        QPointF d(unit.dx(), unit.dy());
        QPointF n(-d.y(), d.x());
        double head = 10 + width * 2.2;
        m_p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
        m_p.drawLine(from, to - d * head * 0.8);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(color);
        m_p.drawPolygon(
            QPolygonF({to, to - d * head + n * head * 0.5, to - d * head - n * head * 0.5}));
    }

    // `size` centred at `centre`, moved inside the widget: a label cut off cannot be read.
    QRectF inside(QPointF centre, QSizeF size) const {
        QRectF rect(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                    size.height());
        rect.moveLeft(
            std::clamp(rect.left(), m_bounds.left() + 1,
                       std::max(m_bounds.left() + 1, m_bounds.right() - rect.width() - 1)));
        rect.moveTop(
            std::clamp(rect.top(), m_bounds.top() + 1,
                       std::max(m_bounds.top() + 1, m_bounds.bottom() - rect.height() - 1)));
        return rect;
    }

    bool coversSomething(const QRectF& rect) const {
        auto hits = [&rect](const QRectF& other) { return rect.intersects(other); };
        return std::any_of(m_boxes.begin(), m_boxes.end(), hits) ||
               std::any_of(m_labelRects.begin(), m_labelRects.end(), hits);
    }

    // Beside the arrow's middle, pushed out along the normal until clear of the line; where that
    // covers a box (its name or its list of processes, #12) or another label, further out, on
    // the other side, along the arrow, or on the arrow itself (a small dock leaves no room
    // beside it, #12), the first place that covers nothing; else the nearest free place.
    QRectF placeLabel(const Label& label, QSizeF size) const {
        const double push = std::abs(label.normal.x()) * size.width() / 2 +
                            std::abs(label.normal.y()) * size.height() / 2 + 5;
        for (double slide : {0.0, -0.15, 0.15, -0.3, 0.3}) {
            for (double out : {1.0, 1.6, -1.0, -1.6, 2.4, -2.4, 0.5, -0.5, 0.0}) {
                QRectF rect =
                    inside(label.middle + label.along * slide + label.normal * push * out, size);
                if (!coversSomething(rect)) {
                    return rect;
                }
            }
        }
        return nearestFree(label.middle + label.normal * push, size);
    }

    // The free place nearest to `centre`, looking outwards in rings; `centre` itself if none.
    QRectF nearestFree(QPointF centre, QSizeF size) const {
        const double reach = m_bounds.width() + m_bounds.height();
        for (double radius = 4; radius < reach; radius += 4) {
            for (int step = 0; step < 24; ++step) {
                const double angle = step * M_PI / 12;
                QPointF at = centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
                QRectF rect = inside(at, size);
                if (!coversSomething(rect)) {
                    return rect;
                }
            }
        }
        return inside(centre, size);
    }

    // The label on a patch of background, so that it reads even where it crosses something.
    void drawLabel(const Label& label) {
        QFontMetricsF fm(m_labelFont);
        int flags = Qt::AlignCenter;
        QSizeF size(fm.horizontalAdvance(label.text) + 10, fm.height() + 2);
        if (label.maxWidth > 0 && size.width() > label.maxWidth) {
            flags |= Qt::TextWordWrap;
            QRectF wrapped = fm.boundingRect(QRectF(0, 0, label.maxWidth - 10, 1000),
                                             flags, label.text);
            size = QSizeF(std::min(label.maxWidth, wrapped.width() + 10), wrapped.height() + 2);
        }
        QRectF rect = placeLabel(label, size);
        m_labelRects.append(rect);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(mixColors(m_window, m_text, 0.85));
        m_p.drawRoundedRect(rect, 4, 4);
        m_p.setFont(m_labelFont);
        m_p.setPen(label.hot ? m_chart.cursor : m_text);
        m_p.drawText(rect, flags, label.text);
    }

    void drawBox(ProcessState s) {
        QRectF r = box(s);
        QColor fill = stateColor(s, m_chart.dark);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(fill);
        m_p.drawRoundedRect(r, r.height() * 0.16, r.height() * 0.16);
        m_p.setPen(textColorOn(fill));
        QRectF top(r.x(), r.y() + r.height() * 0.04, r.width(), r.height() * 0.28);
        QRectF middle(r.x(), top.bottom(), r.width(), r.height() * 0.44);
        QRectF bottom(r.x() + 6, middle.bottom(), r.width() - 12, r.height() * 0.22);
        m_p.setFont(m_nameFont);
        m_p.drawText(top, Qt::AlignCenter, capitalized(stateLabel(s)));
        QString count = QString::number(m_state.count(s));
        m_p.setFont(fitted(m_countFont, count, r.width() - 10));
        m_p.drawText(middle, Qt::AlignCenter, count);
        m_p.setFont(m_namesFont);
        QString names =
            QFontMetricsF(m_namesFont).elidedText(namesIn(s), Qt::ElideRight, bottom.width());
        m_p.drawText(bottom, Qt::AlignCenter, names);
    }

    // The first few processes in state s, for a glance at who is where.
    QString namesIn(ProcessState s) const {
        QStringList names;
        for (std::size_t p = 0; p < m_state.states.size() && names.size() < 6; ++p) {
            if (m_state.states[p] == s) {
                names << QString::fromStdString(m_run.workload.processes[p].name);
            }
        }
        return names.join(QStringLiteral(", "));
    }

    // `font`, smaller if needed for `text` to fit in `width` (a count of 100000 in a small box).
    static QFont fitted(QFont font, const QString& text, double width) {
        double wide = QFontMetricsF(font).horizontalAdvance(text);
        if (wide > width) {
            font.setPixelSize(std::max(9, int(font.pixelSize() * width / wide)));
        }
        return font;
    }

    static QString capitalized(QString text) {
        if (!text.isEmpty()) {
            text[0] = text[0].toUpper();
        }
        return text;
    }

    QPainter& m_p;
    const models::InstantState& m_state;
    const models::Run& m_run;
    ChartPalette m_chart;
    QColor m_text, m_muted, m_window;
    std::array<QRectF, models::kStateCount> m_boxes;
    QRectF m_bounds;
    double m_gap = 0;
    QFont m_labelFont, m_nameFont, m_countFont, m_namesFont;
    std::vector<Label> m_labels;
    QList<QRectF> m_labelRects;
};

}  // namespace

const std::array<StateDiagram::Transition, 6>& StateDiagram::transitions() {
    static const std::array<Transition, 6> all = {{
        {ProcessState::New, ProcessState::Ready, QT_TR_NOOP("admit")},
        {ProcessState::Ready, ProcessState::Running, QT_TR_NOOP("dispatch")},
        {ProcessState::Running, ProcessState::Ready, QT_TR_NOOP("timeout / preempt")},
        {ProcessState::Running, ProcessState::Terminated, QT_TR_NOOP("exit")},
        {ProcessState::Running, ProcessState::Blocked, QT_TR_NOOP("I/O wait")},
        {ProcessState::Blocked, ProcessState::Ready, QT_TR_NOOP("I/O done")},
    }};
    return all;
}

StateDiagram::StateDiagram(QWidget* parent) : QWidget(parent) {
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void StateDiagram::setController(models::PlaybackController* controller) {
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    if (controller) {
        auto refresh = [this] { update(); };
        connect(controller, &models::PlaybackController::timeChanged, this, refresh);
        connect(controller, &models::PlaybackController::runChanged, this, refresh);
    }
    update();
}

QSize StateDiagram::sizeHint() const { return {480, 320}; }

// It scales its boxes and fonts down to fit a narrow dock beside the charts.
QSize StateDiagram::minimumSizeHint() const { return {280, 220}; }

void StateDiagram::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_counts = {};
    m_taken = {};
    m_labelRects.clear();
    m_boxRects.clear();
    if (!m_controller || !m_controller->run()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Run a scenario to see its process states"));
        return;
    }
    const auto& state = m_controller->state();
    Painter diagram(painter, *this, state, *m_controller->run());
    diagram.draw(m_taken);
    m_counts = state.counts;
    m_labelRects = diagram.labelRects();
    m_boxRects = diagram.boxRects();
}

}  // namespace schedlab::ui
