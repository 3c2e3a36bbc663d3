using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Suppliers;

/// <summary>
/// Reads the supplier profile JSON of docs/suppliers.md. Every problem is reported, each naming its field
/// (<c>accounts[1].turnover: -5 is below the smallest allowed value, 0</c>); fields it does not know are warnings.
/// </summary>
public static class SupplierProfileJson
{
    private const string Code = "PROFILE_INVALID";

    public static ProfileReadResult Read(JsonElement root)
    {
        var errors = new List<Error>();
        var warnings = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new Error(Code, $"the profile must be a JSON object, found {JsonFieldReader.Describe(root)}"));
            return new ProfileReadResult(null, errors, warnings);
        }

        var r = new JsonFieldReader(root, Code, errors);
        var legalCode = r.Text("legalForm");
        var legalForm = LegalForms.Parse(legalCode);
        if (legalCode is not null && legalForm is null)
        {
            r.Fail("legalForm", $"\"{legalCode}\" is not a known legal form; use one of {string.Join(", ", LegalForms.AllCodes)}");
        }

        var profile = new SupplierProfile
        {
            Name = r.Text("name"),
            Identifiers = [.. r.Objects("identifiers").Select(i => Identifier(i, warnings)).OfType<SupplierIdentifier>()],
            LegalForm = legalForm,
            AssetLock = r.Bool("assetLock"),
            DividendCapPercent = r.Number("dividendCapPercent", 0m, 100m),
            SocialPurpose = r.Bool("socialPurpose"),
            Purpose = r.Text("purpose"),
            ProvidesSupportedEmployment = r.Bool("providesSupportedEmployment"),
            PublicServiceMission = r.Bool("publicServiceMission"),
            NotForProfit = r.Bool("notForProfit"),
            DistributesOnlyToMembers = r.Bool("distributesOnlyToMembers"),
            Workforce = Workforce(r, warnings),
            PerformingPart = r.Object("performingPart") is { } part ? Workforce(part, warnings) : null,
            EmployeeControlled = r.Bool("employeeControlled"),
            PublicBodyControlled = r.Bool("publicBodyControlled"),
            ParentOrganisation = r.Text("parentOrganisation"),
            UltimateOwner = r.Text("ultimateOwner"),
            PrivateEquityOwned = r.Bool("privateEquityOwned"),
            Accounts = [.. r.Objects("accounts").Select(a => Accounts(a, warnings)).OfType<AnnualAccounts>()],
            MainActivityCpv = [.. r.Array("mainActivityCpv").Select(c => Cpv(r, c.Item, c.Path)).OfType<string>()],
            Evidence = [.. r.Objects("evidence").Select(e => EvidenceItem(e, warnings))],
        };
        WarnUnread(r, warnings);
        foreach (var year in profile.Accounts.GroupBy(a => a.Year).Where(g => g.Count() > 1))
        {
            r.Fail("accounts", $"the year {year.Key} is given {year.Count()} times");
        }

        return new ProfileReadResult(errors.Count == 0 ? profile : null, errors, warnings);
    }

    /// <summary>Warns of every property nothing read (a likely typo); call after reading.</summary>
    private static void WarnUnread(JsonFieldReader r, List<string> warnings) =>
        warnings.AddRange(r.Unread().Select(path => $"{path}: not a profile field; ignored"));

    private static SupplierIdentifier? Identifier(JsonFieldReader r, List<string> warnings)
    {
        var scheme = r.Text("scheme");
        var id = r.Text("id");
        WarnUnread(r, warnings);
        if (string.IsNullOrWhiteSpace(scheme) || string.IsNullOrWhiteSpace(id))
        {
            r.Fail(string.IsNullOrWhiteSpace(scheme) ? "scheme" : "id", "is required (e.g. {\"scheme\": \"GB-COH\", \"id\": \"01234567\"})");
            return null;
        }

        return new SupplierIdentifier(scheme.Trim(), id.Trim());
    }

    private static Workforce Workforce(JsonFieldReader r, List<string> warnings)
    {
        var workforce = new Workforce
        {
            Employees = r.Number("employees", 0m, whole: true),
            Fte = r.Number("fte", 0m),
            DisabledOrDisadvantagedWorkers = r.Number("disabledOrDisadvantagedWorkers", 0m, whole: true),
            DisabledOrDisadvantagedFte = r.Number("disabledOrDisadvantagedFte", 0m),
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
            WarnUnread(r, warnings);
        }

        return workforce;
    }

    private static AnnualAccounts? Accounts(JsonFieldReader r, List<string> warnings)
    {
        var year = r.Number("year", 1900m, 2100m, whole: true);
        if (year is null && r.Get("year") is null)
        {
            r.Fail("year", "is required");
        }

        var accounts = new AnnualAccounts
        {
            Year = (int)(year ?? 0),
            Turnover = r.Number("turnover", 0m),
            TradingIncome = r.Number("tradingIncome", 0m),
            GrantIncome = r.Number("grantIncome", 0m),
            Surplus = r.Number("surplus"),
            DistributedToOwners = r.Number("distributedToOwners", 0m),
            ReinvestedInMission = r.Number("reinvestedInMission", 0m),
            BalanceSheetTotal = r.Number("balanceSheetTotal", 0m),
            Staff = r.Number("staff", 0m, whole: true),
        };
        WarnUnread(r, warnings);
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
            parent.FailAt(path, $"{JsonFieldReader.Describe(item)} is not a CPV code (8 digits, e.g. \"85311000\")");
        }

        return code;
    }

    private static Evidence EvidenceItem(JsonFieldReader r, List<string> warnings)
    {
        var evidence = new Evidence
        {
            Kind = r.Text("kind") ?? string.Empty,
            Covers = [.. r.Array("covers").Select(c => c.Item.ValueKind == JsonValueKind.String ? c.Item.GetString() : null).OfType<string>()],
            Document = r.Text("document"),
            VerifiedBy = r.Text("verifiedBy"),
            VerifiedOn = r.Date("verifiedOn"),
            ValidUntil = r.Date("validUntil"),
        };
        WarnUnread(r, warnings);
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
