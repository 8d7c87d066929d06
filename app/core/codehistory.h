#pragma once

#include <QList>

#include <optional>

// The codes a user has viewed, walked like a browser's history: back, forward, and a new visit
// drops what lay ahead.
class CodeHistory final
{
public:
    static constexpr qsizetype MaximumSize = 100;

    // Records a visit to `code`. A `provisional` visit is one the search made on its own (the
    // first match of each keystroke): a run of them leaves only its last one behind.
    void visit(int code, bool provisional = false);

    // Makes the last visit a lasting one: the search that made it has ended (the field was left,
    // cleared or confirmed), so the next search's first match no longer replaces it.
    void settle() { m_lastWasProvisional = false; }

    // The code shown now, if any.
    std::optional<int> current() const
    {
        return m_index >= 0 ? std::optional<int>(m_codes.at(m_index)) : std::nullopt;
    }

    // The code to show after stepping back or forward, or nothing at either end.
    std::optional<int> back();
    std::optional<int> forward();

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index >= 0 && m_index + 1 < m_codes.size(); }
    const QList<int> &codes() const { return m_codes; }

private:
    QList<int> m_codes;  // oldest first
    qsizetype m_index = -1; // the entry shown now
    bool m_lastWasProvisional = false;
};
