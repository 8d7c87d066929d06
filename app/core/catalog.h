#pragma once

#include "codeclass.h"

#include <QString>

#include <vector>

// The whole reference: the classes in ascending order, each with its codes.
class Catalog final
{
public:
    Catalog() = default;
    Catalog(std::vector<CodeClass> classes, QString registryName, QString registryChecked);

    const std::vector<CodeClass> &classes() const { return m_classes; }
    const SipCode *find(int code) const;
    const CodeClass *findClass(int digit) const;
    int codeCount() const { return m_codeCount; }
    QString registryName() const { return m_registryName; }
    QString registryChecked() const { return m_registryChecked; }

private:
    std::vector<CodeClass> m_classes;
    QString m_registryName;
    QString m_registryChecked;
    int m_codeCount = 0;
};
