using static Steward.Ocds.Tests.Validation.ValidationHarness;

namespace Steward.Ocds.Tests.Validation;

public sealed class OcdsValidatorTests
{
    private const string Good = """{"ocid":"ocds-abc123-1","id":"1","date":"2024-01-01T00:00:00Z","tag":["tender"],"initiationType":"tender"}""";

    private static string With(string fields) => Good[..^1] + "," + fields + "}";

    [Fact]
    public async Task Validate_ValidRelease_HasNoProblems()
    {
        // Act
        var (problems, counts) = await ValidateText(Good);

        // Assert
        Assert.Empty(problems);
        Assert.Equal(1, counts.Releases);
    }

    [Fact]
    public async Task Validate_MissingRequiredField_IsAnErrorWithItsPath()
    {
        // Act
        var (problems, _) = await ValidateText("""{"ocid":"ocds-abc123-1","date":"2024-01-01T00:00:00Z","tag":["tender"],"initiationType":"tender"}""");

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal("schema-property-required", problem.Code);
        Assert.Equal("id", problem.JsonPath);
        Assert.Equal("ocds-abc123-1", problem.Ocid);
    }

    [Fact]
    public async Task Validate_BareDate_IsNotADateTime()
    {
        // Act
        var (problems, _) = await ValidateText(With("""  "tender":{"id":"t","tenderPeriod":{"endDate":"2024-02-01"}}"""));

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("schema-date-time-expected", problem.Code);
        Assert.Equal("tender/tenderPeriod/endDate", problem.JsonPath);
        Assert.Contains("\"2024-02-01\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ClosedCodelistValue_IsAnErrorAndOpenOneAWarning()
    {
        // Act
        var (problems, _) = await ValidateText(With("""  "tender":{"id":"t","status":"pending","procurementMethodRationale":"x","documents":[{"id":"d","documentType":"madeUpType"}]}"""));

        // Assert
        Assert.Contains(problems, p => p is { Code: "schema-not-in-enumeration", JsonPath: "tender/status", Severity: ProblemSeverity.Error });
        Assert.Contains(problems, p => p is { Code: "codelist-open", JsonPath: "tender/documents/0/documentType", Severity: ProblemSeverity.Warning });
    }

    [Fact]
    public async Task Validate_WrongType_SaysWhatWasExpected()
    {
        // Act
        var (problems, _) = await ValidateText(With("""  "tender":{"id":"t","value":{"amount":"lots","currency":"GBP"}}"""));

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("tender/value/amount", problem.JsonPath);
        Assert.Contains("should be a number, not a string", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DuplicateReleaseIdsInOneProcess_AreWarned()
    {
        // Act
        var (problems, _) = await ValidateText($"{Good}\n{Good}\n");

        // Assert
        var duplicate = Assert.Single(problems);
        Assert.Equal("duplicate-release-id", duplicate.Code);
        Assert.Equal(2, duplicate.Location!.Line);
    }

    [Fact]
    public async Task Validate_AdditionalChecks_AreWarnings()
    {
        // Act
        var (problems, _) = await ValidateText("""
            {"ocid":"bad-prefix-1","id":"1","date":"2024-01-01T00:00:00Z","tag":["award"],"initiationType":"tender",
             "parties":[{"id":"b","name":"B","roles":["buyer"]}],"buyer":{"id":"b"},
             "tender":{"id":"t","title":"","tenderPeriod":{"startDate":"2024-02-01T00:00:00Z","endDate":"2024-01-01T00:00:00Z"}},
             "awards":[{"id":"a","date":"2024-03-01T00:00:00Z","suppliers":[{"id":"missing"}]}],
             "contracts":[{"id":"c","awardID":"a","dateSigned":"2024-02-15T00:00:00Z"}]}
            """);

        // Assert
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Equal(
            ["contract-before-award", "empty-field", "ocid-prefix", "party-reference-unknown", "period-order"],
            problems.Select(p => p.Code).Order());
        Assert.Equal("awards/0/suppliers/0", problems.Single(p => p.Code == "party-reference-unknown").JsonPath);
    }

    [Fact]
    public async Task Validate_ContactPointValues_AreNeverQuoted()
    {
        // Act
        var (problems, _) = await ValidateText(With("""  "parties":[{"id":"p","roles":["buyer"],"contactPoint":{"name":"Jo Bloggs","email":"jo@example.org","url":"not a url"}}]"""));

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("parties/0/contactPoint/url", problem.JsonPath);
        Assert.DoesNotContain("not a url", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Bloggs", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_PrettyPrintedPackage_ReportsTheLineOfTheError()
    {
        // Arrange
        const string package = "{\n \"uri\": \"https://example.org/p.json\",\n \"version\": \"1.1\",\n \"publishedDate\": \"2024-01-01T00:00:00Z\",\n" +
                               " \"publisher\": {\"name\": \"P\"},\n \"releases\": [\n  {\n   \"ocid\": \"ocds-abc123-1\",\n   \"id\": \"1\",\n" +
                               "   \"date\": \"yesterday\",\n   \"tag\": [\"tender\"],\n   \"initiationType\": \"tender\"\n  }\n ]\n}\n";

        // Act
        var (problems, _) = await ValidateText(package);

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("date", problem.JsonPath);
        Assert.Equal(10, problem.Location!.Line);
    }

    [Fact]
    public async Task Validate_PackageMetadata_IsChecked()
    {
        // Act
        var (problems, _) = await ValidateText($$"""{"uri":"https://example.org/p.json","version":"1.1","releases":[{{Good}}]}""");

        // Assert
        Assert.Equal(["publishedDate", "publisher"], problems.Where(p => p.Code == "schema-property-required").Select(p => p.JsonPath).Order());
    }

    [Fact]
    public async Task Validate_ExtensionFields_AreCheckedWhenThePackageDeclaresTheExtension()
    {
        // Arrange: the UK extension gives Organization.details.vcse a boolean type.
        const string uk = "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json";
        var release = With("""  "parties":[{"id":"p","roles":["supplier"],"details":{"vcse":"yes"}}]""");

        // Act
        var (withExtension, _) = await ValidateText($$"""{"uri":"https://example.org/p.json","version":"1.1","publishedDate":"2024-01-01T00:00:00Z","publisher":{"name":"P"},"extensions":["{{uk}}"],"releases":[{{release}}]}""");
        var (without, _) = await ValidateText(release);

        // Assert
        Assert.Contains(withExtension, p => p.JsonPath == "parties/0/details/vcse" && p.Severity == ProblemSeverity.Error);
        Assert.DoesNotContain(without, p => p.JsonPath == "parties/0/details/vcse");
    }

    [Fact]
    public async Task Validate_UnavailableExtension_IsWarnedOnce()
    {
        // Arrange
        var package = $$"""{"uri":"https://example.org/p.json","version":"1.1","publishedDate":"2024-01-01T00:00:00Z","publisher":{"name":"P"},"extensions":["https://example.org/nowhere/extension.json"],"releases":[{{Good}}]}""";

        // Act
        var (problems, _) = await ValidateText($"{package}\n{package.Replace("\"id\":\"1\"", "\"id\":\"2\"", StringComparison.Ordinal)}\n");

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("extension-unavailable", problem.Code);
    }

    [Fact]
    public async Task GetAsync_EuProfile_AddsItsWholeListMergeRules()
    {
        // Act
        var schema = await Schemas.GetAsync(["https://standard.open-contracting.org/profiles/eu/latest/en/extension.json"], TestContext.Current.CancellationToken);
        var core = await Schemas.GetAsync([], TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains("parties/details/classifications", schema.MergeRules.WholeList);
        Assert.Contains("tender/lots/awardCriteria/criteria", schema.MergeRules.WholeList);
        Assert.DoesNotContain("parties/details/classifications", core.MergeRules.WholeList);
    }
}
