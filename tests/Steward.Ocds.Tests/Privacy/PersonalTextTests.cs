using System.Text.Json;
using System.Text.RegularExpressions;
using Steward.Ocds.Compiling;
using Steward.Ocds.Merging;
using Steward.Ocds.Reading;
using Steward.Testing;

namespace Steward.Ocds.Tests.Privacy;

public sealed partial class PersonalTextTests
{
    [Theory]
    [InlineData("contact Andrew Doherty on 0416 123 462 or by email", "contact Andrew Doherty on [phone number removed] or by email")]
    [InlineData("Tel: 01234 567890.", "Tel: [phone number removed].")]
    [InlineData("call +44 (0)20 7946 0000 today", "call [phone number removed] today")]
    [InlineData("(01632) 960 123", "[phone number removed]")]
    [InlineData("07700-900-123", "[phone number removed]")]
    [InlineData("mail andrew.doherty@rms.nsw.gov.au now", "mail [e-mail address removed] now")]
    [InlineData("<a href=\"mailto:a.b@c.gov.uk\">a.b@c.gov.uk</a>", "<a href=\"mailto:[e-mail address removed]\">[e-mail address removed]</a>")]
    public void Mask_EmailsAndPhoneNumbers_AreMasked(string text, string expected)
    {
        // Act
        var masked = PersonalText.Mask(text);

        // Assert
        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("Notice 017632-2021 refers")]
    [InlineData("Value £1,234,567,890 over 2024-01-01 to 2026-12-31")]
    [InlineData("CPV 45000000 and 79000000")]
    [InlineData("Company 01234567")]
    [InlineData("Adquisiciones #013000999")]
    [InlineData("ref 2018/S 030-065222")]
    [InlineData("version 1.0123456789")]
    public void Mask_NumbersThatAreNotPhones_AreLeftAlone(string text)
    {
        // Act
        var masked = PersonalText.Mask(text);

        // Assert
        Assert.Equal(text, masked);
    }

    [Theory]
    [InlineData("contact Andrew Doherty on 0416 123 462 or by email", true)]
    [InlineData("call +44 (0)20 7946 0000 today", true)]
    [InlineData("x@y", true)]
    [InlineData("between 2024-01-01 and 2026-12-31", true)] // dates chain eight digits: left to Mask, which keeps them
    [InlineData("lots 1, 2, 3, 4, 5, 6, 7, 8 and 9", false)] // nine digits, never eight in a phone's chain
    [InlineData("12345678", false)] // eight digits: too few for a phone
    [InlineData("lots 1, 2, 3, 4, 5, 6, 7, 8 and 9 ٣", true)] // outside ASCII: left to Mask, whose \\d reads every script
    [InlineData("", false)]
    public void MayHold_OnExamples(string text, bool expected)
    {
        // Act
        var mayHold = PersonalText.MayHold(RawUtf8(text));

        // Assert
        Assert.Equal(expected, mayHold);
    }

    [Fact]
    public void MayHold_IsFalseOnlyWhereMaskChangesNothing_OnRandomText()
    {
        // Arrange: text of digits, the separators a phone number may have, and what breaks them, a few of each.
        string[] pieces = ["0", "1", "7", "9", "00", "12345", " ", "  ", "   ", "-", "(", ")", "+", "+44", "(0)", ".", "/", "#", "a", "Tel", "@", "\\", "\n", "٣", "５", "£"];
        var random = new Random(20261206);
        var checkedTexts = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 24)).Select(_ => pieces[random.Next(pieces.Length)]));

            // Act
            var mayHold = PersonalText.MayHold(RawUtf8(text));

            // Assert: whenever the cheap test says no, masking would have changed nothing.
            if (!mayHold)
            {
                checkedTexts++;
                Assert.Equal(text, PersonalText.Mask(text));
            }
        }

        Assert.True(checkedTexts > 10_000, $"only {checkedTexts} texts were ruled out");
    }

    [Theory]
    [InlineData("id", false)]
    [InlineData("ocid", false)]
    [InlineData("buyerID", false)]
    [InlineData("awardId", false)]
    [InlineData("documentUrl", false)]
    [InlineData("relatedLots", false)]
    [InlineData("identifier", false)]
    [InlineData("description", true)]
    [InlineData("title", true)]
    [InlineData("", true)]
    [InlineData("i", true)]
    [InlineData("Url", false)]
    [InlineData("aFieldNameLongerThanSixtyFourBytesWhichNoListHoldsButWhichEndsInId", false)]
    [InlineData("aFieldNameLongerThanSixtyFourBytesWhichNoListHoldsAndIsFreeTextToo", true)]
    public void IsFreeText_TheSameOnTextAndUtf8(string field, bool expected)
    {
        // Act
        var onText = PersonalText.IsFreeText(field);
        var onUtf8 = PersonalText.IsFreeText(System.Text.Encoding.UTF8.GetBytes(field));

        // Assert
        Assert.Equal(expected, onText);
        Assert.Equal(expected, onUtf8);
    }

    /// <summary>A string's bytes as a JSON document holds them (escaped, without the quotes), as staging asks.</summary>
    private static byte[] RawUtf8(string text)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(text, OcdsJson.SerializerOptions);
        return json[1..^1];
    }

    [Fact]
    public void WriteRedacted_FreeTextMaskedIdsAndLinksKept()
    {
        // Arrange
        using var release = JsonDocument.Parse("""
            {"id":"07700900123","tender":{"submissionMethodDetails":"ring 07700 900123","documents":[{"url":"mailto:x@y.gov.uk","description":"x@y.gov.uk"}]}}
            """);
        using var buffer = new MemoryStream();

        // Act
        using (var writer = new Utf8JsonWriter(buffer))
        {
            PersonalData.WriteRedacted(writer, release.RootElement);
        }

        // Assert
        var json = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Contains("\"id\":\"07700900123\"", json, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"mailto:x@y.gov.uk\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("07700 900123", json, StringComparison.Ordinal);
        Assert.Contains("\"description\":\"[e-mail address removed]\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_AllSharedData_LeavesNoEmailOrPhoneInFreeText()
    {
        // Arrange: every real file, compiled as `steward compile` does.
        using var compiler = new OcdsCompiler(new CompileOptions());
        foreach (var file in SharedData.AllOcdsFiles())
        {
            using var reader = OcdsReader.Open(file);
            compiler.Read(reader);
        }

        using var output = new MemoryStream();

        // Act
        compiler.WriteReleases(output, MergeRules.Ocds11);

        // Assert: the published examples are gone, and no free-text field keeps an address.
        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.DoesNotContain("0416 123 462", text, StringComparison.Ordinal);
        Assert.DoesNotContain("andrew.doherty@", text, StringComparison.Ordinal);
        Assert.Contains("Andrew Doherty on [phone number removed]", text, StringComparison.Ordinal);
        var left = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var compiled = JsonDocument.Parse(line);
            Collect(compiled.RootElement, null, left);
        }

        Assert.Empty(left);
    }

    private static void Collect(JsonElement element, string? field, List<string> left)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, property.Name, left);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, field, left);
                }

                break;
            case JsonValueKind.String when PersonalText.IsFreeText(field) && Email().IsMatch(element.GetString()!):
                left.Add($"{field}: {element.GetString()}");
                break;
            default:
                break;
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();
}
