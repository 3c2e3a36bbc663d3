using System.Text.Json;
using Steward.Core.Suppliers;

namespace Steward.Core.Tests.Suppliers;

public class ClassificationRulesJsonTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void Read_EmptyObject_Defaults()
    {
        // Arrange
        var json = Parse("{}");

        // Act
        var result = ClassificationRulesJson.Read(json);

        // Assert
        Assert.True(result.IsSuccess);
        Assert.Equal(ClassificationRules.Default, result.Value);
    }

    [Fact]
    public void Read_OneSetting_KeepsDefaultsForTheRest()
    {
        // Arrange
        var json = Parse("""{ "vcseReinvestedPercent": 60 }""");

        // Act
        var rules = ClassificationRulesJson.Read(json).Value;

        // Assert
        Assert.Equal(ClassificationRules.Default with { VcseReinvestedPercent = 60m }, rules);
        Assert.Same(ReservableServices.Default, rules.ReservableServices);
    }

    [Fact]
    public void Read_EverySetting_ReadsEach()
    {
        // Arrange
        var json = Parse("""
            { "smeStaffBasis": "fte", "supportedEmploymentBasis": "fte", "vcseReinvestedPercent": 75,
              "socialEnterpriseTradingPercent": 25, "socialEnterpriseReinvestedPercent": 50,
              "socialEnterpriseRequiresAssetLock": false, "accountsYears": 3, "comparableCpvDigits": 5,
              "reservableServices": [ "85311000", "80000000-80999999" ] }
            """);

        // Act
        var result = ClassificationRulesJson.Read(json);

        // Assert
        Assert.True(result.IsSuccess);
        var rules = result.Value;
        Assert.Equal((StaffBasis.Fte, StaffBasis.Fte), (rules.SmeStaffBasis, rules.SupportedEmploymentBasis));
        Assert.Equal((75m, 25m, 50m), (rules.VcseReinvestedPercent, rules.SocialEnterpriseTradingPercent, rules.SocialEnterpriseReinvestedPercent));
        Assert.Equal((false, 3, 5), (rules.SocialEnterpriseRequiresAssetLock, rules.AccountsYears, rules.ComparableCpvDigits));
        Assert.Equal(["85311000", "80000000-80999999"], rules.ReservableServices.Entries);
        Assert.Empty(rules.Validate());
    }

    [Theory]
    [InlineData("""{ "vcseReinvestPercent": 60 }""", "vcseReinvestPercent: not a setting")]
    [InlineData("""{ "smeStaffBasis": "weekly" }""", "smeStaffBasis: \"weekly\" is not a staff basis; use headcount or fte")]
    [InlineData("""{ "supportedEmploymentBasis": "Headcount" }""", "supportedEmploymentBasis: \"Headcount\" is not a staff basis; use headcount or fte")]
    [InlineData("""{ "smeStaffBasis": 1 }""", "smeStaffBasis: expected a string, found 1")]
    [InlineData("""{ "reservableServices": [ "85311000", "8531" ] }""", "reservableServices[1]: \"8531\" is not an 8-digit CPV code or a FROM-TO range")]
    [InlineData("""{ "reservableServices": "85311000" }""", "reservableServices: expected an array, found \"85311000\"")]
    [InlineData("""{ "vcseReinvestedPercent": 101 }""", "vcseReinvestedPercent: 101 is above the largest allowed value, 100")]
    [InlineData("""{ "socialEnterpriseTradingPercent": -1 }""", "socialEnterpriseTradingPercent: -1 is below the smallest allowed value, 0")]
    [InlineData("""{ "accountsYears": 0 }""", "accountsYears: 0 is below the smallest allowed value, 1")]
    [InlineData("""{ "accountsYears": 2.5 }""", "accountsYears: 2.5 is not a whole number")]
    [InlineData("""{ "comparableCpvDigits": 9 }""", "comparableCpvDigits: 9 is above the largest allowed value, 8")]
    [InlineData("""{ "socialEnterpriseRequiresAssetLock": "no" }""", "socialEnterpriseRequiresAssetLock: expected true or false, found \"no\"")]
    [InlineData("""[ 1 ]""", "the rules must be a JSON object, found an array")]
    public void Read_BadSetting_ErrorNamesIt(string json, string expected)
    {
        // Arrange
        var element = Parse(json);

        // Act
        var result = ClassificationRulesJson.Read(element);

        // Assert
        Assert.False(result.IsSuccess);
        Assert.Equal(("RULES_INVALID", expected), (result.Error!.Code, result.Error.Message));
    }

    [Fact]
    public void Read_SeveralBadSettings_JoinsEveryMessage()
    {
        // Arrange
        var json = Parse("""{ "smeStaffBasis": "weekly", "accountsYears": 11, "colour": "blue" }""");

        // Act
        var result = ClassificationRulesJson.Read(json);

        // Assert
        Assert.Equal(
            "smeStaffBasis: \"weekly\" is not a staff basis; use headcount or fte; accountsYears: 11 is above the largest allowed value, 10; colour: not a setting",
            result.Error?.Message);
    }

    [Theory]
    [InlineData(101, "vcseReinvestedPercent: 101 is not a percentage between 0 and 100")]
    [InlineData(-0.5, "vcseReinvestedPercent: -0.5 is not a percentage between 0 and 100")]
    public void Validate_PercentOutOfRange_NamesTheSetting(double percent, string expected)
    {
        // Arrange
        var rules = new ClassificationRules { VcseReinvestedPercent = (decimal)percent };

        // Act
        var errors = rules.Validate();

        // Assert
        Assert.Equal(expected, Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_CountsOutOfRange_NameEachSetting()
    {
        // Arrange
        var rules = new ClassificationRules { AccountsYears = 0, ComparableCpvDigits = 1 };

        // Act
        var errors = rules.Validate();

        // Assert
        Assert.Equal(["accountsYears: 0 must be between 1 and 10", "comparableCpvDigits: 1 must be between 2 and 8"], errors.Select(e => e.Message));
    }
}
