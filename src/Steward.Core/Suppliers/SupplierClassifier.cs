namespace Steward.Core.Suppliers;

/// <summary>Classifies a profile five ways; pure, so the command line, the API and the register agree.</summary>
public static class SupplierClassifier
{
    public static SupplierClassification Classify(SupplierProfile profile, ClassificationRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        rules ??= ClassificationRules.Default;
        return new SupplierClassification(
            SmeTest.Classify(profile, rules),
            VcseTest.Classify(profile, rules),
            SocialEnterpriseTest.Classify(profile, rules),
            SupportedEmploymentTest.Classify(profile, rules),
            PublicServiceMutualTest.Classify(profile, rules));
    }
}
