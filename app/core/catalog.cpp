#include "catalog.h"

#include <algorithm>

Catalog::Catalog(std::vector<CodeClass> classes, QString registryName, QString registryChecked,
                 Q850Mapping q850)
    : m_classes(std::move(classes)),
      m_registryName(std::move(registryName)),
      m_registryChecked(std::move(registryChecked)),
      m_q850(std::move(q850))
{
    for (const CodeClass &codeClass : m_classes)
        m_codeCount += int(codeClass.codes.size());
}

const CodeClass *Catalog::findClass(int digit) const
{
    const auto it = std::find_if(m_classes.cbegin(), m_classes.cend(),
                                 [digit](const CodeClass &c) { return c.digit == digit; });
    return it == m_classes.cend() ? nullptr : &*it;
}

const SipCode *Catalog::find(int code) const
{
    const CodeClass *codeClass = findClass(code / 100);
    if (!codeClass)
        return nullptr;
    const auto &codes = codeClass->codes;
    const auto it = std::lower_bound(codes.cbegin(), codes.cend(), code,
                                     [](const SipCode &c, int value) { return c.code < value; });
    return (it != codes.cend() && it->code == code) ? &*it : nullptr;
}
