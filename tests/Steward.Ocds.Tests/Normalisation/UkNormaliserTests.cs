using System.Text.Json;
using System.Text.Json.Nodes;
using Steward.Ocds.Normalisation;
using Steward.Ocds.Tests.Compiling;
using Steward.Testing;

namespace Steward.Ocds.Tests.Normalisation;

public sealed class UkNormaliserTests
{
    /// <summary>Normalises; every test through here also checks that the import's quick check would not have skipped a change.</summary>
    private static (JsonObject Release, IReadOnlyList<NormalisationChange> Changes) Normalise(string json)
    {
        var release = JsonNode.Parse(json)!.AsObject();
        var changes = new UkNormaliser().Normalise(release);
        using var published = JsonDocument.Parse(json);
        Assert.True(changes.Count == 0 || UkNormaliser.MayChange(published.RootElement),
            $"MayChange said nothing would change, but {string.Join(", ", changes.Select(c => c.Rule))} did");
        return (release, changes);
    }

    [Fact]
    public void MayChange_ACleanRelease_IsFalse_AndEachQuirkMakesItTrue()
    {
        // Arrange: dates with offsets, text without references, real amounts, a scale code, a full Companies House number,
        // distinct bid statistics, delivery addresses as an array; then each quirk a rule fixes, alone.
        const string Clean = """
            {"ocid":"o","id":"r","date":"2025-01-20T10:00:00Z","tender":{"title":"R&D services","value":{"amount":5000,"currency":"GBP"},
             "items":[{"id":"1","deliveryAddresses":[{"region":"UKI"}]}]},
             "parties":[{"id":"GB-COH-01234567","identifier":{"scheme":"GB-COH","id":"01234567"},"details":{"scale":"sme"}}],
             "bids":{"statistics":[{"id":"1","measure":"bids","value":1,"relatedLot":"1"},{"id":"2","measure":"bids","value":2,"relatedLot":"1"}]},
             "awards":[{"id":"a","date":"2025-02-01T00:00:00+00:00","value":{"amount":1500},"items":[]}]}
            """;
        string[] quirks =
        [
            """{"tender":{"title":"Children&#039;s DPS"}}""",
            """{"contracts":[{"period":{"startDate":"2025-02-01"}}]}""",
            """{"contracts":[{"value":{"amount":0.01,"currency":"GBP"}}]}""",
            """{"parties":[{"id":"s","details":{"scale":"Small or medium"}}]}""",
            """{"parties":[{"id":"s","sme":true}]}""",
            """{"parties":[{"id":"x","identifier":{"scheme":"GB-COH","id":"1234567"}}]}""",
            """{"parties":[{"id":"GB-COH-1234567"}]}""",
            """{"tender":{"xClassifications":{"isSuitableForSme":true}}}""",
            """{"bids":{"statistics":[{"measure":"bids","value":1},{"measure":"bids","value":1,"relatedLot":null}]}}""",
            """{"awards":[{"items":[{"id":"1","deliveryAddresses":{"1":{"region":"UKI"}}}]}]}""",
            """{"buyerID":[]}""",
        ];
        using var clean = JsonDocument.Parse(Clean);

        // Act and assert
        Assert.False(UkNormaliser.MayChange(clean.RootElement));
        Assert.Empty(Normalise(Clean).Changes);
        foreach (var quirk in quirks)
        {
            using var document = JsonDocument.Parse(quirk);
            Assert.True(UkNormaliser.MayChange(document.RootElement), quirk);
            Assert.NotEmpty(Normalise(quirk).Changes);
        }
    }

    [Theory]
    [InlineData("""{"date":"2025-01-20T10:00:00Z"}""", false)]
    [InlineData("""{"date":"2025-01-20T10:00:00+01:00"}""", false)]
    [InlineData("""{"period":{"endDate":"2025-01-20T10:00:00.123-05:00"}}""", false)]
    [InlineData("""{"date":"2025-01-20"}""", true)]
    [InlineData("""{"date":"2025-01-20T10:00"}""", true)]
    [InlineData("""{"date":" 2025-01-20T10:00:00 "}""", true)]
    [InlineData("""{"period":{"startDate":"2025-01-20 09:00:00.5"}}""", true)]
    [InlineData("""{"\u0064ate":"2025-01-20"}""", true)] // the name written with an escape
    [InlineData("""{"date":"2025-01-20\u0054""" + """10:00:00"}""", true)] // the value written with an escape
    [InlineData("""{"date":"2025-01-20T10:00:00\u002B01:00"}""", false)]
    [InlineData("""{"title":"2025-01-20"}""", false)] // not a date field
    [InlineData("""{"awardID":"R&amp;D"}""", false)] // a reference keeps its text
    [InlineData("""{"title":"R&amp;D"}""", true)]
    public void MayChange_DatesAndReferences_AsNormalisingDoes(string json, bool changes)
    {
        // Act
        var (_, made) = Normalise(json);
        using var document = JsonDocument.Parse(json);

        // Assert
        Assert.Equal(changes, made.Count > 0);
        Assert.Equal(changes, UkNormaliser.MayChange(document.RootElement));
    }

    [Fact]
    public void MayChange_OnEveryRealProcess_SaysNoOnlyWhereNormalisingChangesNothing()
    {
        // Arrange: every process of ../shared/data/ocds, compiled as the import compiles it before normalising.
        var (compiled, _) = CompileHarness.CompileFiles([.. SharedData.AllOcdsFiles()]);
        int skipped = 0, changed = 0;

        // Act and assert
        foreach (var process in compiled)
        {
            var json = process.ToJsonString(OcdsJson.SerializerOptions);
            using var document = JsonDocument.Parse(json);
            var node = JsonNode.Parse(json)!.AsObject();
            var changes = new UkNormaliser().Normalise(node);
            if (UkNormaliser.MayChange(document.RootElement))
            {
                changed += changes.Count > 0 ? 1 : 0;
                continue;
            }

            Assert.Empty(changes);
            Assert.Equal(json, node.ToJsonString(OcdsJson.SerializerOptions));
            skipped++;
        }

        // The real files have both kinds in numbers, so neither half of the check is idle.
        Assert.True(skipped >= 100, $"{skipped} processes needed no normalising");
        Assert.True(changed >= 100, $"{changed} processes were normalised");
    }

    [Theory]
    [InlineData("2025-01-20", "2025-01-20T00:00:00+00:00")]
    [InlineData("2025-07-01", "2025-07-01T00:00:00+01:00")]
    [InlineData("2025-07-01T10:30:00", "2025-07-01T10:30:00+01:00")]
    [InlineData("2025-12-01 09:00", "2025-12-01T09:00:00+00:00")]
    public void NormaliseDate_DateWithoutOffset_BecomesUkLocalDateTime(string published, string expected)
    {
        // Act
        var result = UkNormaliser.NormaliseDate(published);

        // Assert
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("2025-01-20T10:00:00Z")]
    [InlineData("2025-01-20T10:00:00+01:00")]
    [InlineData("2025-02-30")]
    [InlineData("next week")]
    public void NormaliseDate_DateTimeOrNotADate_IsLeftAlone(string published)
    {
        // Act
        var result = UkNormaliser.NormaliseDate(published);

        // Assert
        Assert.Null(result);
    }

    [Fact]
    public void Normalise_BareDates_AreFixedAndRecordedWithTheirPath()
    {
        // Act
        var (release, changes) = Normalise("""{"ocid":"o","id":"r","date":"2025-01-20T10:00:00Z","contracts":[{"id":"c","period":{"startDate":"2025-02-01","endDate":"2026-01-31"}}]}""");

        // Assert
        Assert.Equal("2025-02-01T00:00:00+00:00", (string?)release["contracts"]![0]!["period"]!["startDate"]);
        Assert.Equal(["contracts/0/period/startDate", "contracts/0/period/endDate"], changes.Select(c => c.Path));
        Assert.All(changes, c => Assert.Equal(NormalisationRules.BareDate, c.Rule));
        Assert.Equal("\"2025-02-01\"", changes[0].Before);
        Assert.Equal("o", changes[0].Ocid);
        Assert.Equal("r", changes[0].ReleaseId);
    }

    [Theory]
    [InlineData("SME", "sme")]
    [InlineData("Small or medium", "sme")]
    [InlineData("small and medium-sized enterprise", "sme")]
    [InlineData("Small", "small")]
    [InlineData("MEDIUM", "medium")]
    [InlineData("Micro enterprise", "micro")]
    [InlineData("Large", "large")]
    [InlineData("self-employed", "selfEmployed")]
    public void Normalise_ScaleVariants_BecomePartyScaleCodes(string published, string expected)
    {
        // Act
        var (release, changes) = Normalise($$$"""{"parties":[{"id":"s","roles":["supplier"],"details":{"scale":"{{{published}}}"}}]}""");

        // Assert
        Assert.Equal(expected, (string?)release["parties"]![0]!["details"]!["scale"]);
        Assert.Equal(NormalisationRules.ScaleVariant, Assert.Single(changes).Rule);
    }

    [Theory]
    [InlineData("sme")]
    [InlineData("large")]
    [InlineData("unknown")]
    public void Normalise_CanonicalOrUnknownScale_IsLeftAlone(string published)
    {
        // Act
        var (release, changes) = Normalise($$$"""{"parties":[{"id":"s","details":{"scale":"{{{published}}}"}}]}""");

        // Assert
        Assert.Empty(changes);
        Assert.Equal(published, (string?)release["parties"]![0]!["details"]!["scale"]);
    }

    [Theory]
    [InlineData("1234567", "01234567")]
    [InlineData("123456", "00123456")]
    [InlineData("01234567", null)]
    [InlineData("SC12345", "SC012345")]
    [InlineData("sc 123456", "SC123456")]
    [InlineData("NI000123", null)]
    [InlineData("123456789", null)]
    public void Normalise_CompaniesHouseNumbers_ArePaddedToEight(string published, string? expected)
    {
        // Act
        var (release, changes) = Normalise($$$"""{"parties":[{"id":"x","identifier":{"scheme":"GB-COH","id":"{{{published}}}"}}]}""");

        // Assert
        Assert.Equal(expected ?? published, (string?)release["parties"]![0]!["identifier"]!["id"]);
        Assert.Equal(expected is null ? 0 : 1, changes.Count);
    }

    [Fact]
    public void Normalise_PartyIdFromACompaniesHouseNumber_IsRenamedWithItsReferences()
    {
        // Act
        var (release, changes) = Normalise("""
            {"parties":[{"id":"GB-COH-1234567","identifier":{"scheme":"GB-COH","id":"1234567"}}],
             "awards":[{"id":"a","suppliers":[{"id":"GB-COH-1234567","name":"S"}]}],
             "tender":{"tenderers":[{"id":"GB-COH-1234567"}]}}
            """);

        // Assert
        Assert.Equal("GB-COH-01234567", (string?)release["parties"]![0]!["id"]);
        Assert.Equal("GB-COH-01234567", (string?)release["awards"]![0]!["suppliers"]![0]!["id"]);
        Assert.Equal("GB-COH-01234567", (string?)release["tender"]!["tenderers"]![0]!["id"]);
        Assert.Equal(4, changes.Count);
    }

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("0", true)]
    [InlineData("1", true)]
    [InlineData("1.01", false)]
    [InlineData("35000", false)]
    public void Normalise_PlaceholderAmounts_AreRemoved(string amount, bool removed)
    {
        // Act
        var (release, changes) = Normalise($$$"""{"contracts":[{"id":"c","value":{"amount":{{{amount}}},"currency":"GBP"}}]}""");

        // Assert
        Assert.Equal(!removed, release["contracts"]![0]!["value"]!.AsObject().ContainsKey("amount"));
        Assert.Equal(removed ? 1 : 0, changes.Count);
    }

    [Fact]
    public void Normalise_BidStatisticCounts_AreNotMistakenForMoney()
    {
        // Act
        var (_, changes) = Normalise("""{"bids":{"statistics":[{"id":"1","measure":"bids","value":1,"relatedLot":"1"}]}}""");

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void Normalise_LegacyFlags_MoveToDetailsAndSuitability()
    {
        // Act
        var (release, changes) = Normalise("""
            {"parties":[{"id":"1","sme":true,"vco":false},{"id":"2","sme":false,"vco":true,"details":{"scale":"sme"}}],
             "tender":{"xClassifications":{"isSuitableForSme":true,"isSuitableForVco":false}}}
            """);

        // Assert
        var first = release["parties"]![0]!.AsObject();
        Assert.Equal("sme", (string?)first["details"]!["scale"]);
        Assert.False((bool)first["details"]!["vcse"]!);
        Assert.False(first.ContainsKey("sme"));
        Assert.Equal("sme", (string?)release["parties"]![1]!["details"]!["scale"]);
        Assert.True((bool)release["parties"]![1]!["details"]!["vcse"]!);
        Assert.True((bool)release["tender"]!["suitability"]!["sme"]!);
        Assert.False((bool)release["tender"]!["suitability"]!["vcse"]!);
        Assert.All(changes, c => Assert.Equal(NormalisationRules.LegacySmeVcoFlags, c.Rule));
    }

    [Fact]
    public void Normalise_BidStatisticsRepeatedPerAward_AreKeptOnce()
    {
        // Act
        var (release, changes) = Normalise("""
            {"bids":{"statistics":[
              {"id":"1","measure":"bids","value":3,"relatedLot":"1"},{"id":"2","measure":"smeBids","value":1,"relatedLot":"1"},
              {"id":"3","measure":"bids","value":3,"relatedLot":"1"},{"id":"4","measure":"bids","value":2,"relatedLot":"2"}]}}
            """);

        // Assert
        Assert.Equal(["1", "2", "4"], release["bids"]!["statistics"]!.AsArray().Select(s => (string?)s!["id"]));
        Assert.Equal("bids/statistics/2", Assert.Single(changes).Path);
    }

    [Fact]
    public void Normalise_DeliveryAddressesObject_BecomesAnArray()
    {
        // Act
        var (release, changes) = Normalise("""{"tender":{"items":[{"id":"1","deliveryAddresses":{"1":{"region":"UKI"},"2":{"region":"UKJ"}}}]}}""");

        // Assert
        Assert.Equal("""[{"region":"UKI"},{"region":"UKJ"}]""", release["tender"]!["items"]![0]!["deliveryAddresses"]!.ToJsonString());
        Assert.Equal(NormalisationRules.DeliveryAddressesObject, Assert.Single(changes).Rule);
    }

    [Fact]
    public void Normalise_StrayEmptyBuyerId_IsRemoved()
    {
        // Act
        var (release, changes) = Normalise("""{"ocid":"o","buyerID":[]}""");

        // Assert
        Assert.False(release.ContainsKey("buyerID"));
        Assert.Equal(NormalisationRules.StrayField, Assert.Single(changes).Rule);
    }

    [Fact]
    public void Normalise_RealBluetailFile_MovesEveryLegacyFlagAndPadsNumbers()
    {
        // Arrange
        var path = SharedData.Ocds("contracts-finder/cf_2017-11_to_2020-04_awarded_packages_via-mysociety-bluetail.jsonl");
        var normaliser = new UkNormaliser();
        var changes = new List<NormalisationChange>();

        // Act
        foreach (var line in File.ReadLines(path))
        {
            foreach (var release in JsonNode.Parse(line)!["releases"]!.AsArray())
            {
                changes.AddRange(normaliser.Normalise(release!.AsObject()));
            }
        }

        // Assert: the README counts 789 supplier parties with sme/vco flags (309 sme true, 52 vco true).
        Assert.Equal(789, changes.Count(c => c.Rule == NormalisationRules.LegacySmeVcoFlags && c.Path.StartsWith("parties/", StringComparison.Ordinal) && c.Path.EndsWith("/sme", StringComparison.Ordinal)));
        Assert.Equal(309, changes.Count(c => c.Path.EndsWith("/details/scale", StringComparison.Ordinal) && c.After == "\"sme\""));
        Assert.Equal(52, changes.Count(c => c.Path.EndsWith("/details/vcse", StringComparison.Ordinal) && c.After == "true"));
    }

    [Theory]
    [InlineData("Children&#039;s Placements", "Children's Placements")]
    [InlineData("Telford &amp;amp; Wrekin Council", "Telford & Wrekin Council")]
    [InlineData("The &quot;Authority&quot; &bull; services", "The \"Authority\" • services")]
    [InlineData("R&D and AT&T", "R&D and AT&T")]
    [InlineData("5 &lt; 6", "5 < 6")]
    public void DecodeEntities_DecodesAsOftenAsTheTextWasEncoded(string published, string expected) =>
        Assert.Equal(expected, UkNormaliser.DecodeEntities(published));

    [Fact]
    public void Normalise_TextWithEntities_IsDecoded_IdsAreLeftAsPublished()
    {
        // Arrange
        var json = """{"ocid":"o","id":"r","tender":{"title":"Children&#039;s DPS"},"parties":[{"id":"A&amp;B","name":"A &amp; B Ltd"}],"awards":[{"id":"1","suppliers":[{"id":"A&amp;B"}]}]}""";

        // Act
        var (release, changes) = Normalise(json);

        // Assert
        Assert.Equal("Children's DPS", (string?)release["tender"]!["title"]);
        Assert.Equal("A & B Ltd", (string?)release["parties"]![0]!["name"]);
        Assert.Equal("A&amp;B", (string?)release["parties"]![0]!["id"]);
        Assert.Equal("A&amp;B", (string?)release["awards"]![0]!["suppliers"]![0]!["id"]);
        Assert.Equal(2, changes.Count(c => c.Rule == NormalisationRules.HtmlEntities));
    }
}
