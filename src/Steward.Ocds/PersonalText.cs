using System.Buffers;
using System.Text.RegularExpressions;

namespace Steward.Ocds;

/// <summary>
/// E-mail addresses and phone numbers typed into free text (a description, <c>submissionMethodDetails</c>: "contact
/// Andrew on 0416 123 462"), which are often an official's own: Steward masks them wherever it writes or shows
/// published text, as it leaves out <c>contactPoint</c>s (<see cref="PersonalData"/>). Ids, references and links
/// are left as published, so that they still match and work.
/// </summary>
public static partial class PersonalText
{
    /// <summary>What an e-mail address becomes.</summary>
    public const string EmailMask = "[e-mail address removed]";

    /// <summary>What a phone number becomes.</summary>
    public const string PhoneMask = "[phone number removed]";

    /// <summary>Fields that hold ids, references, links and codes' schemes, not text people typed (<see cref="IsFreeText(string?)"/>).</summary>
    private static readonly FieldNames NotTyped = new(["id", "ocid", "relatedLot", "relatedLots", "scheme", "uri", "url", "identifier"]);

    /// <summary>Endings of such fields' names (<c>buyerID</c>, <c>awardId</c>, <c>documentUrl</c>).</summary>
    private static readonly FieldNames NotTypedEndings = new(["ID", "Id", "Url", "Uri"]);

    /// <summary>True for a field holding text people typed; false for ids, references, links and codes' schemes.</summary>
    public static bool IsFreeText(string? field) => field is not null && !NotTyped.Is(field) && !NotTypedEndings.Ends(field);

    /// <summary><see cref="IsFreeText(string?)"/> on a field name's UTF-8 (as a document holds it, without escapes).</summary>
    public static bool IsFreeText(ReadOnlySpan<byte> field) => !NotTyped.Is(field) && !NotTypedEndings.Ends(field);

    /// <summary>
    /// A cheap test on a string's raw bytes, before <see cref="Mask"/>: text with an <c>@</c>, or with nine digits or
    /// more among which eight in a row are split by at most two spaces, hyphens or brackets each (the least a phone
    /// number needs, <see cref="Phone"/>). Text with an escape or outside ASCII and nine digits is left to
    /// <see cref="Mask"/>, whose <c>\d</c> matches every script's digits.
    /// </summary>
    public static bool MayHold(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Contains((byte)'@'))
        {
            return true;
        }

        var digits = 0;
        var run = 0;
        var longest = 0;
        var last = -1;
        for (var at = utf8.IndexOfAnyInRange((byte)'0', (byte)'9'); at >= 0;)
        {
            var gap = utf8[(last + 1)..at];
            run = run > 0 && gap.Length <= 2 && !gap.ContainsAnyExcept(PhoneSeparators) ? run + 1 : 1;
            longest = Math.Max(longest, run);
            digits++;
            last = at;
            var next = utf8[(at + 1)..].IndexOfAnyInRange((byte)'0', (byte)'9');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return digits >= 9 && (longest >= 8 || utf8.Contains((byte)'\\') || utf8.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0);
    }

    /// <summary>What <see cref="Phone"/> allows between two digits of a number (up to two of them).</summary>
    private static readonly SearchValues<byte> PhoneSeparators = SearchValues.Create(" -()"u8);

    /// <summary>The text with every e-mail address and phone number masked; the same string when it holds none.</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = text.Contains('@', StringComparison.Ordinal) ? Email().Replace(text, EmailMask) : text;
        return Phone().Replace(masked, match => IsPhone(match.Value) ? PhoneMask : match.Value);
    }

    /// <summary>A phone number has 9 to 13 digits and starts with <c>+</c> or 0 (UK and international writing).</summary>
    private static bool IsPhone(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        var first = candidate.TrimStart('(').FirstOrDefault();
        return digits is >= 9 and <= 13 && first is '+' or '0' && !NoticeNumber().IsMatch(candidate);
    }

    /// <summary>Find a Tender's notice numbers (<c>017632-2021</c>) and the OJEU's (<c>2018/S 030-065222</c>) are not phone numbers.</summary>
    [GeneratedRegex(@"^(?:\d{6}-(?:19|20)\d{2}|\d{3}-\d{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex NoticeNumber();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Digits in groups split by single spaces, hyphens or brackets, not inside a word, an id, a path or a decimal.
    [GeneratedRegex(@"(?<![\w#/.+\-])(?:\+\d{1,3}[ \-]?(?:\(0\)[ \-]?)?|\(?)\d(?:[ \-()]{0,2}\d){7,14}(?![\w/\-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
