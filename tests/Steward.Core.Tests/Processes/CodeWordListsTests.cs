using Steward.Core.Processes;
using Steward.Testing;

namespace Steward.Core.Tests.Processes;

/// <summary>
/// Procedures, statuses, scales, notice and document types and published buyer types in words (issue 16: readable
/// codes everywhere): a known code in any case has its words, anything else null, so that pages show it as it is.
/// </summary>
public sealed class CodeWordListsTests
{
    [Theory]
    [InlineData("open", "Open procedure")]
    [InlineData("selective", "Selective procedure (shortlisted suppliers compete)")]
    [InlineData("limited", "Limited (direct award)")]
    [InlineData("direct", "Direct award (no competition)")]
    [InlineData("Open", "Open procedure")]
    [InlineData(" DIRECT ", "Direct award (no competition)")]
    [InlineData("Open procedure", null)]
    [InlineData("negotiated", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ProcurementMethods_Name_TheCodelistInUkTerms(string? code, string? expected) =>
        Assert.Equal(expected, ProcurementMethods.Name(code));

    [Theory]
    [InlineData("planning", "Planning (being considered)")]
    [InlineData("planned", "Planned (not yet started)")]
    [InlineData("active", "Active (tender under way)")]
    [InlineData("cancelled", "Cancelled")]
    [InlineData("unsuccessful", "Unsuccessful (no award)")]
    [InlineData("complete", "Complete")]
    [InlineData("withdrawn", "Withdrawn (no further information)")]
    [InlineData("COMPLETE", "Complete")]
    [InlineData("terminated", null)]
    [InlineData(null, null)]
    public void TenderStatuses_Name_EveryTenderStatus(string? code, string? expected) =>
        Assert.Equal(expected, TenderStatuses.Name(code));

    [Theory]
    [InlineData("pending", "Pending (not yet in force)")]
    [InlineData("active", "Active (in force)")]
    [InlineData("cancelled", "Cancelled")]
    [InlineData("unsuccessful", "Unsuccessful (not made)")]
    [InlineData("Active", "Active (in force)")]
    [InlineData("complete", null)]
    [InlineData(null, null)]
    public void AwardStatuses_Name_EveryAwardStatus(string? code, string? expected) =>
        Assert.Equal(expected, AwardStatuses.Name(code));

    [Theory]
    [InlineData("pending", "Pending (not yet signed)")]
    [InlineData("active", "Active (signed, in force)")]
    [InlineData("cancelled", "Cancelled before signature")]
    [InlineData("terminated", "Ended (completed or terminated)")]
    [InlineData("TERMINATED", "Ended (completed or terminated)")]
    [InlineData("unsuccessful", null)]
    [InlineData(null, null)]
    public void ContractStatuses_Name_EveryContractStatus(string? code, string? expected) =>
        Assert.Equal(expected, ContractStatuses.Name(code));

    [Theory]
    [InlineData("micro", "Micro enterprise (SME)")]
    [InlineData("sme", "Small or medium enterprise (SME)")]
    [InlineData("small", "Small enterprise (SME)")]
    [InlineData("medium", "Medium enterprise (SME)")]
    [InlineData("large", "Large enterprise")]
    [InlineData("selfEmployed", "Self-employed (sole trader)")]
    [InlineData("SME", "Small or medium enterprise (SME)")]
    [InlineData("selfemployed", "Self-employed (sole trader)")]
    [InlineData("huge", null)]
    [InlineData(null, null)]
    public void SupplierScales_Name_SaysWhetherItIsAnSme(string? code, string? expected) =>
        Assert.Equal(expected, SupplierScales.Name(code));

    [Theory]
    [InlineData("UK1", "Pipeline notice")]
    [InlineData("UK4", "Tender notice")]
    [InlineData("UK5", "Transparency notice")]
    [InlineData("UK6", "Contract award notice")]
    [InlineData("UK7", "Contract details notice")]
    [InlineData("UK8", "Contract payments notice")]
    [InlineData("UK12", "Procurement termination notice")]
    [InlineData("UK15", "Dynamic market modification notice")]
    [InlineData("UK17", "Payments compliance notice")]
    [InlineData("uk4", "Tender notice")]
    [InlineData("UK18", null)]
    [InlineData("UK0", null)]
    [InlineData("F03", null)]
    [InlineData(null, null)]
    public void NoticeTypes_Name_TheProcurementActNotices(string? code, string? expected) =>
        Assert.Equal(expected, NoticeTypes.Name(code));

    [Fact]
    public void NoticeTypes_Name_NamesEachOfTheSeventeen()
    {
        // Act
        var names = Enumerable.Range(1, 17).Select(n => NoticeTypes.Name($"UK{n}")).ToList();

        // Assert
        Assert.All(names, Assert.NotNull);
        Assert.Equal(17, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("tenderNotice", "Tender notice")]
    [InlineData("awardNotice", "Award notice")]
    [InlineData("contractNotice", "Contract notice")]
    [InlineData("plannedProcurementNotice", "Notice of planned procurement")]
    [InlineData("marketEngagementNotice", "Market engagement notice")]
    [InlineData("contractTerminationNotice", "Contract termination notice")]
    [InlineData("TENDERNOTICE", "Tender notice")]
    [InlineData("brochure", null)]
    [InlineData(null, null)]
    public void DocumentTypes_Name_OcdsAndUkDocumentTypes(string? code, string? expected) =>
        Assert.Equal(expected, DocumentTypes.Name(code));

    [Theory]
    [InlineData("publicAuthorityCentralGovernment", "Public authority: central government")]
    [InlineData("publicAuthoritySubCentralGovernment", "Public authority: sub-central government")]
    [InlineData("publicUndertaking", "Public undertaking")]
    [InlineData("privateUtility", "Private utility")]
    [InlineData("PRIVATEUTILITY", "Private utility")]
    [InlineData("Body governed by public law", null)]
    [InlineData(null, null)]
    public void PublishedBuyerTypes_Name_UkCaTypeCodes(string? code, string? expected) =>
        Assert.Equal(expected, PublishedBuyerTypes.Name(code));

    [Theory]
    [InlineData("ocds-1.1.5/codelists/method.csv", "method")]
    [InlineData("ocds-1.1.5/codelists/tenderStatus.csv", "tender")]
    [InlineData("ocds-1.1.5/codelists/awardStatus.csv", "award")]
    [InlineData("ocds-1.1.5/codelists/contractStatus.csv", "contract")]
    [InlineData("extensions/eu-profile/codelists/partyScale.csv", "scale")]
    [InlineData("ocds-1.1.5/codelists/documentType.csv", "document")]
    [InlineData("extensions/uk/codelists/+documentType.csv", "document")]
    public void EveryCodeOfTheSavedCodelist_HasWords(string codelist, string list)
    {
        // Arrange: the codelist as saved from its repository (../shared/data/schema/README.md).
        var path = SharedData.Require(Path.Combine("schema", codelist));
        var lines = File.ReadLines(path).Where(l => l.Length > 0).ToList();
        var column = Fields(lines[0]).IndexOf("Code");
        var codes = lines.Skip(1).Select(l => Fields(l)[column]).ToList();
        Func<string, string?> words = list switch
        {
            "method" => ProcurementMethods.Name,
            "tender" => TenderStatuses.Name,
            "award" => AwardStatuses.Name,
            "contract" => ContractStatuses.Name,
            "scale" => SupplierScales.Name,
            _ => DocumentTypes.Name,
        };

        // Act
        var missing = codes.Where(c => words(c) is null).ToList();

        // Assert
        Assert.NotEmpty(codes);
        Assert.Empty(missing);
    }

    /// <summary>A codelist line's fields (a quoted field may hold commas; the codelists hold no line breaks in fields).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
