using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Steward.Data.Ingest;
using Steward.Ocds.Reading;
using Steward.Testing;

namespace Steward.Data.Tests.Ingest;

/// <summary>
/// The check for amounts too large for the figures reads them from a release's text where that is exact: it never
/// misses one the walk of the release finds, on written cases and on every release of the shared data.
/// </summary>
public sealed partial class StagingChecksTests
{
    [Theory]
    [InlineData("""{"value":{"amount":1e30}}""", true)]
    [InlineData("""{"value":{"amount":-1E+30}}""", true)]
    [InlineData("""{"value":{"amount":79228162514264337593543950336}}""", true)] // one more than a decimal holds
    [InlineData("""{"value":{"amount":79228162514264337593543950335}}""", false)] // the most a decimal holds
    [InlineData("""{"value":{"amount":7.9e28}}""", false)]
    [InlineData("""{"value":{"amount":1e-300}}""", false)]
    [InlineData("""{"value":{"amount":123.4567890123456789012345678901234}}""", false)]
    [InlineData("""{"value":{"amount" :  1e30 }}""", true)]
    [InlineData("{\"value\":{\"amount\"\n:\t1e30}}", true)]
    [InlineData("""{"awards":[{"value":{"amountGross":1e40,"amount":5}}]}""", true)]
    [InlineData("""{"value":{"amount":"1e30"}}""", false)] // a string: not an amount the figures read
    [InlineData("""{"tag":["amount",1e30]}""", false)] // the name as a value, then a number
    [InlineData("""{"planning":{"budget":{"amount":{"amount":1e30}}}}""", true)]
    [InlineData("""{"value":{"amounts":1e30}}""", false)]
    [InlineData("""{"value":{"amount":null}}""", false)]
    public void HugeAmount_FromTheText_AsFromTheTree(string json, bool expected)
    {
        // Arrange
        using var document = JsonDocument.Parse(json);

        // Act
        var fromText = StagingChecks.HasHugeAmountInText(Encoding.UTF8.GetBytes(json));
        var fromTree = StagingChecks.HasHugeAmountInTree(document.RootElement);

        // Assert
        Assert.Equal(expected, fromTree);
        Assert.Equal(expected, fromText);
    }

    [Fact]
    public void HugeAmount_FromTheText_IsTrueWhereAnEscapedQuoteOnlyLooksLikeOne()
    {
        // Arrange: a name that ends in an escaped quote and "amount"; the tree reads the name `say "amount`.
        const string json = """{"say \"amount":1e30}""";
        using var document = JsonDocument.Parse(json);

        // Act
        var fromText = StagingChecks.HasHugeAmountInText(Encoding.UTF8.GetBytes(json));
        var fromTree = StagingChecks.HasHugeAmountInTree(document.RootElement);

        // Assert: the text may say yes where the tree says no (the warnings then come from the tree), never the reverse.
        Assert.True(fromText);
        Assert.False(fromTree);
    }

    [Fact]
    public void HugeAmount_FromTheText_NeverMissesOne_OnEveryReleaseOfTheSharedData()
    {
        // Arrange: every release without a \u escape, as published and with each of its amounts made too large.
        var releases = 0;
        var amounts = 0;
        foreach (var file in SharedData.AllOcdsFiles())
        {
            using var reader = OcdsReader.Open(file);
            while (reader.Read() is { } next)
            {
                var found = next.Kind switch
                {
                    OcdsEventKind.Release => [next.Value],
                    OcdsEventKind.Record when next.Value.TryGetProperty("releases", out var embedded) && embedded.ValueKind == JsonValueKind.Array =>
                        embedded.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).ToList(),
                    _ => new List<JsonElement>(),
                };
                foreach (var release in found)
                {
                    Check(file, release);
                }
            }
        }

        Assert.True(releases > 500, $"only {releases} releases were read");
        Assert.True(amounts > 500, $"only {amounts} amounts were tried");

        void Check(string file, JsonElement release)
        {
            var json = JsonMarshal.GetRawUtf8Value(release).ToArray();
            if (json.AsSpan().IndexOf("\\u"u8) >= 0)
            {
                return;
            }

            releases++;

            // Act and assert: as published (none of the shared data's amounts is too large)
            Assert.False(StagingChecks.HasHugeAmountInTree(release), file);
            Assert.False(StagingChecks.HasHugeAmountInText(json), file);

            // Act and assert: each amount in turn made too large is found both ways
            var text = Encoding.UTF8.GetString(json);
            foreach (System.Text.RegularExpressions.Match match in AmountNumber().Matches(text))
            {
                var huge = string.Concat(text.AsSpan(0, match.Groups[1].Index), "1e30", text.AsSpan(match.Groups[1].Index + match.Groups[1].Length));
                using var document = JsonDocument.Parse(huge);
                Assert.True(StagingChecks.HasHugeAmountInTree(document.RootElement), $"{file}: {match.Value}");
                Assert.True(StagingChecks.HasHugeAmountInText(Encoding.UTF8.GetBytes(huge)), $"{file}: {match.Value}");
                amounts++;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"amount(?:Gross)?\"\\s*:\\s*(-?[0-9][0-9.eE+-]*)")]
    private static partial System.Text.RegularExpressions.Regex AmountNumber();
}
