using System.Text.Json;
using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class SupplierProfileJsonTests
{
    private const string Full = """
        {
          "name": "Anytown Care Mutual",
          "identifiers": [ { "scheme": "GB-COH", "id": " 09876543 " }, { "scheme": "GB-MPR", "id": "IP031234" } ],
          "legalForm": "cic-guarantee",
          "assetLock": true,
          "dividendCapPercent": 0,
          "socialPurpose": true,
          "purpose": "Community nursing for the people of Anytown",
          "providesSupportedEmployment": false,
          "publicServiceMission": true,
          "notForProfit": true,
          "distributesOnlyToMembers": false,
          "employees": 180,
          "fte": 151.5,
          "disabledOrDisadvantagedWorkers": 20,
          "disabledOrDisadvantagedFte": 14.25,
          "performingPart": { "employees": 40, "fte": 35, "disabledOrDisadvantagedWorkers": 12, "disabledOrDisadvantagedFte": 10.5 },
          "employeeControlled": true,
          "publicBodyControlled": false,
          "parentOrganisation": "Anytown Care Group",
          "ultimateOwner": "Its employees",
          "privateEquityOwned": false,
          "accounts": [
            { "year": 2025, "turnover": 6200000, "tradingIncome": 5900000, "grantIncome": 300000, "surplus": 210000,
              "distributedToOwners": 0, "reinvestedInMission": 205000, "balanceSheetTotal": 2100000, "staff": 178 },
            { "year": 2024, "turnover": 5800000, "surplus": -12000 }
          ],
          "mainActivityCpv": [ "85311000-2", "85312000" ],
          "evidence": [
            { "kind": "accounts", "covers": [ "accounts" ], "document": "https://find-and-update.company-information.service.gov.uk/company/09876543",
              "verifiedBy": "Commissioning team, Anytown Council", "verifiedOn": "2026-01-15", "validUntil": "2027-01-14" }
          ]
        }
        """;

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static ProfileReadResult Read(string json) => SupplierProfileJson.Read(Parse(json));

    [Fact]
    public void Read_FullProfile_ReadsEveryField()
    {
        // Arrange
        var json = Parse(Full);

        // Act
        var result = SupplierProfileJson.Read(json);

        // Assert
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.True(result.IsValid);
        var p = result.Profile!;
        Assert.Equal("Anytown Care Mutual", p.Name);
        Assert.Equal([new SupplierIdentifier("GB-COH", "09876543"), new SupplierIdentifier("GB-MPR", "IP031234")], p.Identifiers);
        Assert.Equal("GB-COH-09876543", p.Identifiers[0].Key);
        Assert.Equal(LegalForm.CicGuarantee, p.LegalForm);
        Assert.Equal((true, 0m, true, "Community nursing for the people of Anytown"), (p.AssetLock, p.DividendCapPercent, p.SocialPurpose, p.Purpose));
        Assert.Equal((false, true, true, false), (p.ProvidesSupportedEmployment, p.PublicServiceMission, p.NotForProfit, p.DistributesOnlyToMembers));
        Assert.Equal(new Workforce { Employees = 180, Fte = 151.5m, DisabledOrDisadvantagedWorkers = 20, DisabledOrDisadvantagedFte = 14.25m }, p.Workforce);
        Assert.Equal(new Workforce { Employees = 40, Fte = 35, DisabledOrDisadvantagedWorkers = 12, DisabledOrDisadvantagedFte = 10.5m }, p.PerformingPart);
        Assert.Equal((true, false, false), (p.EmployeeControlled, p.PublicBodyControlled, p.PrivateEquityOwned));
        Assert.Equal(("Anytown Care Group", "Its employees"), (p.ParentOrganisation, p.UltimateOwner));
        Assert.Equal(
            [
                SupplierSamples.Year(2025, turnover: 6_200_000m, trading: 5_900_000m, grants: 300_000m, surplus: 210_000m, distributed: 0m,
                    reinvested: 205_000m, balanceSheet: 2_100_000m, staff: 178),
                SupplierSamples.Year(2024, turnover: 5_800_000m, surplus: -12_000m),
            ],
            p.Accounts);
        Assert.Equal(2025, p.LatestAccounts!.Year);
        Assert.Equal(["85311000", "85312000"], p.MainActivityCpv);
        var evidence = Assert.Single(p.Evidence);
        Assert.Equal(("accounts", "Commissioning team, Anytown Council"), (evidence.Kind, evidence.VerifiedBy));
        Assert.Equal(["accounts"], evidence.Covers);
        Assert.StartsWith("https://find-and-update", evidence.Document, StringComparison.Ordinal);
        Assert.Equal((new DateOnly(2026, 1, 15), new DateOnly(2027, 1, 14)), (evidence.VerifiedOn!.Value, evidence.ValidUntil!.Value));
        Assert.True(evidence.IsCurrent(new DateOnly(2027, 1, 14)));
        Assert.False(evidence.IsCurrent(new DateOnly(2027, 1, 15)));
    }

    [Fact]
    public void Read_EmptyObject_EveryFactMissing()
    {
        // Arrange
        var json = Parse("{}");

        // Act
        var result = SupplierProfileJson.Read(json);

        // Assert
        Assert.True(result.IsValid);
        Assert.Equal(new Workforce(), result.Profile!.Workforce);
        Assert.Null(result.Profile.PerformingPart);
        Assert.Null(result.Profile.LegalForm);
        Assert.Empty(result.Profile.Accounts);
    }

    [Theory]
    [InlineData("""[]""", "the profile must be a JSON object, found an array")]
    [InlineData("""{ "legalForm": 3 }""", "legalForm: expected a string, found 3")]
    [InlineData("""{ "employees": -1 }""", "employees: -1 is below the smallest allowed value, 0")]
    [InlineData("""{ "employees": 2.5 }""", "employees: 2.5 is not a whole number")]
    [InlineData("""{ "fte": "ten" }""", "fte: expected a number, found \"ten\"")]
    [InlineData("""{ "employees": 10, "fte": 12 }""", "fte: 12 FTE is more than the 10 employees")]
    [InlineData("""{ "employees": 10, "disabledOrDisadvantagedWorkers": 11 }""", "disabledOrDisadvantagedWorkers: 11 is more than the 10 employees")]
    [InlineData("""{ "fte": 8, "disabledOrDisadvantagedFte": 8.5 }""", "disabledOrDisadvantagedFte: 8.5 is more than the 8 FTE")]
    [InlineData("""{ "performingPart": { "employees": 5, "disabledOrDisadvantagedWorkers": 6 } }""", "performingPart.disabledOrDisadvantagedWorkers: 6 is more than the 5 employees")]
    [InlineData("""{ "performingPart": 40 }""", "performingPart: expected an object, found 40")]
    [InlineData("""{ "dividendCapPercent": 120 }""", "dividendCapPercent: 120 is above the largest allowed value, 100")]
    [InlineData("""{ "socialPurpose": "yes" }""", "socialPurpose: expected true or false, found \"yes\"")]
    [InlineData("""{ "accounts": [ { "year": 2024, "turnover": 1 }, { "year": 2025, "turnover": -5 } ] }""", "accounts[1].turnover: -5 is below the smallest allowed value, 0")]
    [InlineData("""{ "accounts": [ { "turnover": 100 } ] }""", "accounts[0].year: is required")]
    [InlineData("""{ "accounts": [ { "year": 1850 } ] }""", "accounts[0].year: 1850 is below the smallest allowed value, 1900")]
    [InlineData("""{ "accounts": [ { "year": 2025.5 } ] }""", "accounts[0].year: 2025.5 is not a whole number")]
    [InlineData("""{ "accounts": [ { "year": 2025, "turnover": 1 }, { "year": 2025, "turnover": 2 } ] }""", "accounts: the year 2025 is given 2 times")]
    [InlineData("""{ "accounts": [ { "year": 2025, "turnover": 100, "tradingIncome": 200 } ] }""", "accounts[0].tradingIncome: 200 is more than the turnover of 100")]
    [InlineData("""{ "accounts": [ "2025" ] }""", "accounts[0]: expected an object, found \"2025\"")]
    [InlineData("""{ "accounts": { "year": 2025 } }""", "accounts: expected an array, found an object")]
    [InlineData("""{ "mainActivityCpv": [ "85311000", "abc" ] }""", "mainActivityCpv[1]: \"abc\" is not a CPV code (8 digits, e.g. \"85311000\")")]
    [InlineData("""{ "mainActivityCpv": [ 85311000 ] }""", "mainActivityCpv[0]: 85311000 is not a CPV code (8 digits, e.g. \"85311000\")")]
    [InlineData("""{ "evidence": [ { "kind": "accounts", "verifiedOn": "2025-13-01" } ] }""", "evidence[0].verifiedOn: \"2025-13-01\" is not a date written YYYY-MM-DD")]
    [InlineData("""{ "evidence": [ { "kind": "accounts", "verifiedOn": "2025-06-01", "validUntil": "2025-01-01" } ] }""", "evidence[0].validUntil: 2025-01-01 is before verifiedOn 2025-06-01")]
    [InlineData("""{ "evidence": [ { "covers": [ "accounts" ] } ] }""", "evidence[0].kind: is required (e.g. \"accounts\", \"governing-document\", \"workforce-return\")")]
    [InlineData("""{ "identifiers": [ { "scheme": "GB-COH" } ] }""", "identifiers[0].id: is required (e.g. {\"scheme\": \"GB-COH\", \"id\": \"01234567\"})")]
    [InlineData("""{ "identifiers": [ { "scheme": " ", "id": "01234567" } ] }""", "identifiers[0].scheme: is required (e.g. {\"scheme\": \"GB-COH\", \"id\": \"01234567\"})")]
    public void Read_BadInput_OneErrorNamingTheField(string json, string expected)
    {
        // Arrange
        var element = Parse(json);

        // Act
        var result = SupplierProfileJson.Read(element);

        // Assert
        Assert.False(result.IsValid);
        Assert.Null(result.Profile);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("PROFILE_INVALID", expected), (error.Code, error.Message));
    }

    [Fact]
    public void Read_UnknownLegalForm_NamesValueAndListsEveryCode()
    {
        // Arrange
        var json = Parse("""{ "legalForm": "limited" }""");

        // Act
        var result = SupplierProfileJson.Read(json);

        // Assert
        var message = Assert.Single(result.Errors).Message;
        Assert.StartsWith("legalForm: \"limited\" is not a known legal form; use one of company-limited-by-shares, company-limited-by-guarantee, ", message, StringComparison.Ordinal);
        Assert.All(LegalForms.AllCodes, code => Assert.Contains(code, message, StringComparison.Ordinal));
        Assert.EndsWith("public-body, other", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEach()
    {
        // Arrange
        var json = Parse("""{ "employees": -1, "fte": "ten", "accounts": [ { "turnover": 1 } ] }""");

        // Act
        var result = SupplierProfileJson.Read(json);

        // Assert
        Assert.Equal(
            ["employees: -1 is below the smallest allowed value, 0", "fte: expected a number, found \"ten\"", "accounts[0].year: is required"],
            result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Read_UnknownProperties_WarnNamingThemAndStillRead()
    {
        // Arrange
        var json = Parse("""
            { "name": "Typo Ltd", "employes": 10,
              "accounts": [ { "year": 2025, "turnvoer": 5 } ],
              "performingPart": { "employees": 5, "staf": 1 },
              "identifiers": [ { "scheme": "GB-COH", "id": "1", "url": "x" } ],
              "evidence": [ { "kind": "accounts", "checkedOn": "2025-01-01" } ] }
            """);

        // Act
        var result = SupplierProfileJson.Read(json);

        // Assert
        Assert.True(result.IsValid);
        Assert.Equal("Typo Ltd", result.Profile!.Name);
        Assert.Equal(
            [
                "identifiers[0].url: not a profile field; ignored",
                "performingPart.staf: not a profile field; ignored",
                "accounts[0].turnvoer: not a profile field; ignored",
                "evidence[0].checkedOn: not a profile field; ignored",
                "employes: not a profile field; ignored",
            ],
            result.Warnings);
    }

    [Fact]
    public void Read_NullValues_TreatedAsMissing()
    {
        // Arrange
        var json = Parse("""{ "legalForm": null, "employees": null, "assetLock": null, "accounts": null }""");

        // Act
        var result = SupplierProfileJson.Read(json);

        // Assert
        Assert.True(result.IsValid);
        Assert.Equal(((LegalForm?)null, (decimal?)null, (bool?)null), (result.Profile!.LegalForm, result.Profile.Workforce.Employees, result.Profile.AssetLock));
    }

    [Theory]
    [InlineData("""{ "fte": 1e400 }""", "fte: expected a number within ±7.9e28, found 1e400")]
    [InlineData("""{ "fte": "NaN" }""", "fte: expected a number, found \"NaN\"")]
    [InlineData("""{ "accounts": [ { "year": 2025, "turnover": "-Infinity" } ] }""", "accounts[0].turnover: expected a number, found \"-Infinity\"")]
    [InlineData("""{ "evidence": [ { "kind": "accounts", "verifiedOn": 20250101 } ] }""", "evidence[0].verifiedOn: expected a string, found 20250101")]
    public void Read_ValueOfWrongKind_NamesFieldAndValue(string json, string expected)
    {
        // Arrange
        var element = Parse(json);

        // Act
        var result = SupplierProfileJson.Read(element);

        // Assert
        Assert.Equal(("PROFILE_INVALID", expected), (Assert.Single(result.Errors).Code, result.Errors[0].Message));
    }
}
