using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Suppliers;

/// <summary>
/// Reads the supplier profile JSON of docs/suppliers.md. Every problem is reported, each naming its field
/// (<c>accounts[1].turnover: -5 is below the smallest allowed value, 0</c>); fields it does not know are warnings.
/// </summary>
public static class SupplierProfileJson
{
    public static ProfileReadResult Read(JsonElement root)
    {
        var errors = new List<Error>();
        var warnings = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new Error("PROFILE_INVALID", $"the profile must be a JSON object, found {JsonFieldReader.Describe(root)}"));
            return new ProfileReadResult(null, errors, warnings);
        }

        var r = new JsonFieldReader(root, string.Empty, errors, warnings);
        var legalCode = r.Text("legalForm");
        var legalForm = LegalForms.Parse(legalCode);
        if (legalCode is not null && legalForm is null)
        {
            r.Fail("legalForm", $"\"{legalCode}\" is not a known legal form; use one of {string.Join(", ", LegalForms.AllCodes)}");
        }

        var profile = new SupplierProfile
        {
            Name = r.Text("name"),
            Identifiers = [.. r.Array("identifiers").Select(i => Identifier(r, i.Item, i.Path)).OfType<SupplierIdentifier>()],
            LegalForm = legalForm,
            AssetLock = r.Bool("assetLock"),
            DividendCapPercent = r.Number("dividendCapPercent", 0m, 100m),
            SocialPurpose = r.Bool("socialPurpose"),
            Purpose = r.Text("purpose"),
            ProvidesSupportedEmployment = r.Bool("providesSupportedEmployment"),
            PublicServiceMission = r.Bool("publicServiceMission"),
            NotForProfit = r.Bool("notForProfit"),
            DistributesOnlyToMembers = r.Bool("distributesOnlyToMembers"),
            Workforce = Workforce(r),
            PerformingPart = r.Get("performingPart") is { } part && r.Child(part, r.Name("performingPart")) is { } partReader ? Workforce(partReader) : null,
            EmployeeControlled = r.Bool("employeeControlled"),
            PublicBodyControlled = r.Bool("publicBodyControlled"),
            ParentOrganisation = r.Text("parentOrganisation"),
            UltimateOwner = r.Text("ultimateOwner"),
            PrivateEquityOwned = r.Bool("privateEquityOwned"),
            Accounts = [.. r.Array("accounts").Select(a => Accounts(r, a.Item, a.Path)).OfType<AnnualAccounts>()],
            MainActivityCpv = [.. r.Array("mainActivityCpv").Select(c => Cpv(r, c.Item, c.Path)).OfType<string>()],
            Evidence = [.. r.Array("evidence").Select(e => EvidenceItem(r, e.Item, e.Path)).OfType<Evidence>()],
        };
        r.WarnUnread();
        foreach (var year in profile.Accounts.GroupBy(a => a.Year).Where(g => g.Count() > 1))
        {
            errors.Add(new Error("PROFILE_INVALID", $"accounts: the year {year.Key} is given {year.Count()} times"));
        }

        return new ProfileReadResult(errors.Count == 0 ? profile : null, errors, warnings);
    }

    private static SupplierIdentifier? Identifier(JsonFieldReader parent, JsonElement item, string path)
    {
        if (parent.Child(item, path) is not { } r)
        {
            return null;
        }

        var scheme = r.Text("scheme");
        var id = r.Text("id");
        r.WarnUnread();
        if (string.IsNullOrWhiteSpace(scheme) || string.IsNullOrWhiteSpace(id))
        {
            r.Fail(string.IsNullOrWhiteSpace(scheme) ? "scheme" : "id", "is required (e.g. {\"scheme\": \"GB-COH\", \"id\": \"01234567\"})");
            return null;
        }

        return new SupplierIdentifier(scheme.Trim(), id.Trim());
    }

    private static Workforce Workforce(JsonFieldReader r)
    {
        var workforce = new Workforce
        {
            Employees = r.Number("employees", whole: true),
            Fte = r.Number("fte"),
            DisabledOrDisadvantagedWorkers = r.Number("disabledOrDisadvantagedWorkers", whole: true),
            DisabledOrDisadvantagedFte = r.Number("disabledOrDisadvantagedFte"),
        };
        if (workforce.DisabledOrDisadvantagedWorkers > workforce.Employees)
        {
            r.Fail("disabledOrDisadvantagedWorkers", $"{workforce.DisabledOrDisadvantagedWorkers} is more than the {workforce.Employees} employees");
        }

        if (workforce.DisabledOrDisadvantagedFte > workforce.Fte)
        {
            r.Fail("disabledOrDisadvantagedFte", $"{workforce.DisabledOrDisadvantagedFte} is more than the {workforce.Fte} FTE");
        }

        if (workforce.Fte > workforce.Employees)
        {
            r.Fail("fte", $"{workforce.Fte} FTE is more than the {workforce.Employees} employees");
        }

        if (r.Path.Length > 0)
        {
            r.WarnUnread();
        }

        return workforce;
    }

    private static AnnualAccounts? Accounts(JsonFieldReader parent, JsonElement item, string path)
    {
        if (parent.Child(item, path) is not { } r)
        {
            return null;
        }

        var year = r.Number("year", 1900m, 2100m, whole: true);
        if (year is null && r.Get("year") is null)
        {
            r.Fail("year", "is required");
        }

        var accounts = new AnnualAccounts
        {
            Year = (int)(year ?? 0),
            Turnover = r.Number("turnover"),
            TradingIncome = r.Number("tradingIncome"),
            GrantIncome = r.Number("grantIncome"),
            Surplus = r.Number("surplus", decimal.MinValue),
            DistributedToOwners = r.Number("distributedToOwners"),
            ReinvestedInMission = r.Number("reinvestedInMission"),
            BalanceSheetTotal = r.Number("balanceSheetTotal"),
            Staff = r.Number("staff", whole: true),
        };
        r.WarnUnread();
        if (accounts.TradingIncome > accounts.Turnover)
        {
            r.Fail("tradingIncome", $"{accounts.TradingIncome} is more than the turnover of {accounts.Turnover}");
        }

        return year is null ? null : accounts;
    }

    private static string? Cpv(JsonFieldReader parent, JsonElement item, string path)
    {
        var code = item.ValueKind == JsonValueKind.String ? Suppliers.Cpv.Digits(item.GetString()) : null;
        if (code is null)
        {
            parent.Fail(path[(parent.Path.Length == 0 ? 0 : parent.Path.Length + 1)..], $"{JsonFieldReader.Describe(item)} is not a CPV code (8 digits, e.g. \"85311000\")");
        }

        return code;
    }

    private static Evidence? EvidenceItem(JsonFieldReader parent, JsonElement item, string path)
    {
        if (parent.Child(item, path) is not { } r)
        {
            return null;
        }

        var evidence = new Evidence
        {
            Kind = r.Text("kind") ?? string.Empty,
            Covers = [.. r.Array("covers").Select(c => c.Item.ValueKind == JsonValueKind.String ? c.Item.GetString() : null).OfType<string>()],
            Document = r.Text("document"),
            VerifiedBy = r.Text("verifiedBy"),
            VerifiedOn = r.Date("verifiedOn"),
            ValidUntil = r.Date("validUntil"),
        };
        r.WarnUnread();
        if (evidence.Kind.Length == 0)
        {
            r.Fail("kind", "is required (e.g. \"accounts\", \"governing-document\", \"workforce-return\")");
        }

        if (evidence.ValidUntil < evidence.VerifiedOn)
        {
            r.Fail("validUntil", $"{evidence.ValidUntil:yyyy-MM-dd} is before verifiedOn {evidence.VerifiedOn:yyyy-MM-dd}");
        }

        return evidence;
    }
}
