#include "codehistory.h"

void CodeHistory::visit(int code, bool provisional)
{
    if (m_index >= 0 && m_codes.at(m_index) == code)
        return;
    m_codes.resize(m_index + 1);
    if (provisional && m_lastWasProvisional && !m_codes.isEmpty())
        m_codes.removeLast();
    m_lastWasProvisional = provisional;
    m_codes.append(code);
    if (m_codes.size() > MaximumSize)
        m_codes.removeFirst();
    m_index = m_codes.size() - 1;
}

std::optional<int> CodeHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    m_lastWasProvisional = false;
    return m_codes.at(--m_index);
}

std::optional<int> CodeHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    m_lastWasProvisional = false;
    return m_codes.at(++m_index);
}
