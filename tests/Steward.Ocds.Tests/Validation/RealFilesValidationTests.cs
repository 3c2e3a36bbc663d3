using Steward.Testing;
using static Steward.Ocds.Tests.Validation.ValidationHarness;

namespace Steward.Ocds.Tests.Validation;

/// <summary>
/// The validation results that ../shared/data/ocds/README.md states: against the core schema, FTS, Contracts Finder
/// 2025 and 2017–2020 and Sell2Wales releases have 0 errors, and all 90 PCS releases fail only `required: id`.
/// The README's validator did not assert formats; the format errors Steward finds are real (it names
/// "http://Contract Finder" as one), so they are counted apart.
/// </summary>
public sealed class RealFilesValidationTests
{
    private static readonly string[] FormatCodes = ["schema-uri-expected", "schema-date-time-expected"];

    [Theory]
    [InlineData("fts/fts_032703-2026_UK4-tender_2026-04-10.json", 0, 0)]
    [InlineData("fts/fts_037689-2026_planning_2026-04-24.json", 0, 0)]
    [InlineData("fts/fts_2021-07_to_2021-09_PCR2015_tender-releases_part-A.json", 0, 0)]
    [InlineData("fts-pa2023/2026-09-03-p001.json", 0, 0)]
    [InlineData("fts-pa2023/2026-09-03-p002.json", 0, 0)]
    [InlineData("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json", 0, 1)]
    [InlineData("devolved/sell2wales_2025-02_releases.jsonl", 0, 0)]
    public async Task Validate_RealFile_HasTheReadmesSchemaErrors(string file, int schemaErrors, int formatErrors)
    {
        // Act
        var (problems, _) = await ValidateFile(SharedData.Ocds(file));

        // Assert
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error && p.JsonPath is not null && !p.Message.StartsWith("package:", StringComparison.Ordinal)).ToList();
        Assert.Equal(schemaErrors, errors.Count(e => !FormatCodes.Contains(e.Code)));
        Assert.Equal(formatErrors, errors.Count(e => FormatCodes.Contains(e.Code)));
    }

    [Fact]
    public async Task Validate_PublicContractsScotland_EveryReleaseLacksOnlyItsId()
    {
        // Act
        var (problems, counts) = await ValidateFile(SharedData.Ocds("devolved/pcs-scotland_2019-03_to_2019-04_releases.jsonl"));

        // Assert
        var schemaErrors = problems.Where(p => p.Severity == ProblemSeverity.Error && !FormatCodes.Contains(p.Code)).ToList();
        Assert.Equal(90, counts.Releases);
        Assert.Equal(90, schemaErrors.Count);
        Assert.All(schemaErrors, e => Assert.Equal(("schema-property-required", "id"), (e.Code, e.JsonPath)));
        Assert.Equal(90, schemaErrors.Select(e => e.Location!.Line).Distinct().Count());
    }

    [Fact]
    public async Task Validate_ContractsFinderPage_FindsTheBadDocumentUrl()
    {
        // Act
        var (problems, _) = await ValidateFile(SharedData.Ocds("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json"));

        // Assert
        var error = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("tender/documents/1/url", error.JsonPath);
        Assert.Contains("http://Contract Finder", error.Message, StringComparison.Ordinal);
        Assert.Equal(2738, error.Location!.Line);
    }

    [Fact]
    public async Task Validate_LegacyContractsFinder_IsCheckedAsUpgradedOneOne()
    {
        // Act
        var (problems, counts) = await ValidateFile(SharedData.Ocds("contracts-finder/cf-legacy_2014-12_to_2015-02_ocds-1.0_packages.jsonl"));

        // Assert
        Assert.Equal(200, counts.Releases);
        Assert.Equal(0, counts.Errors);
        Assert.Equal(200, problems.Count(p => p.Code == "ocds-1.0"));
    }
}
