namespace Steward.Core.Suppliers;

/// <summary>
/// VCSE, in the words of the Procurement Regulations 2024 reg 32(2)(g)(iv)(bb) (and PPN 001): "a non-governmental
/// organisation that is value-driven and which principally reinvests its surpluses to further social, environmental or
/// cultural objectives". Three tests: non-governmental, value-driven, principally reinvests (more than
/// <see cref="ClassificationRules.VcseReinvestedPercent"/>% of surplus).
/// </summary>
public static class VcseTest
{
    public const string Reference = "Procurement Regulations 2024 reg 32(2)(g)(iv)(bb)";

    public static Classification Classify(SupplierProfile profile, ClassificationRules rules)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(rules);
        return Classification.AllOf(
            ModelTests.NotGoverned(profile, "nonGovernmental", Reference),
            ModelTests.Purpose(profile, "valueDriven", Reference),
            ModelTests.Reinvests(profile, rules, "reinvestsSurpluses", rules.VcseReinvestedPercent, inclusive: false, Reference));
    }
}
