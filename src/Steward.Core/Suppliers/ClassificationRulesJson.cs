using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Suppliers;

/// <summary>
/// Reads a rules file (docs/suppliers.md, "Settings"): any of the <see cref="ClassificationRules"/> settings by their
/// camelCase names; what it leaves out keeps its default. Errors name the field.
/// </summary>
public static class ClassificationRulesJson
{
    public static Result<ClassificationRules> Read(JsonElement root)
    {
        var errors = new List<Error>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new Error("RULES_INVALID", $"the rules must be a JSON object, found {JsonFieldReader.Describe(root)}");
        }

        var r = new JsonFieldReader(root, "RULES_INVALID", errors);
        var defaults = ClassificationRules.Default;
        var rules = new ClassificationRules
        {
            SmeStaffBasis = Basis(r, "smeStaffBasis") ?? defaults.SmeStaffBasis,
            SupportedEmploymentBasis = Basis(r, "supportedEmploymentBasis") ?? defaults.SupportedEmploymentBasis,
            VcseReinvestedPercent = r.Number("vcseReinvestedPercent", 0m, 100m) ?? defaults.VcseReinvestedPercent,
            SocialEnterpriseTradingPercent = r.Number("socialEnterpriseTradingPercent", 0m, 100m) ?? defaults.SocialEnterpriseTradingPercent,
            SocialEnterpriseReinvestedPercent = r.Number("socialEnterpriseReinvestedPercent", 0m, 100m) ?? defaults.SocialEnterpriseReinvestedPercent,
            SocialEnterpriseRequiresAssetLock = r.Bool("socialEnterpriseRequiresAssetLock") ?? defaults.SocialEnterpriseRequiresAssetLock,
            AccountsYears = (int)(r.Number("accountsYears", 1m, 10m, whole: true) ?? defaults.AccountsYears),
            ComparableCpvDigits = (int)(r.Number("comparableCpvDigits", 2m, 8m, whole: true) ?? defaults.ComparableCpvDigits),
            ReservableServices = r.Get("reservableServices") is null
                ? defaults.ReservableServices
                : new ReservableServices([.. r.Array("reservableServices").Select(e => e.Item.ValueKind == JsonValueKind.String ? e.Item.GetString()! : e.Item.GetRawText())]),
        };
        foreach (var path in r.Unread())
        {
            r.FailAt(path, "not a setting");
        }

        errors.AddRange(rules.ReservableServices.Validate());
        return errors.Count == 0 ? rules : new Error("RULES_INVALID", string.Join("; ", errors.Select(e => e.Message)));
    }

    private static StaffBasis? Basis(JsonFieldReader r, string field) => r.Text(field) switch
    {
        null => null,
        "headcount" => StaffBasis.Headcount,
        "fte" => StaffBasis.Fte,
        var other => Fail(r, field, other),
    };

    private static StaffBasis? Fail(JsonFieldReader r, string field, string value)
    {
        r.Fail(field, $"\"{value}\" is not a staff basis; use headcount or fte");
        return null;
    }
}
