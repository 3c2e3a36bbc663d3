using System.Text;
using System.Text.Json;

namespace Steward.Data.Collect;

/// <summary>
/// Reads the pages the UK APIs return, surviving their known faults as Kingfisher Collect does: Find a Tender's
/// invalid numbers (<c>1e9999</c>, <c> 000,</c>) and Contracts Finder's text that is not UTF-8 (read as ISO-8859-1).
/// </summary>
internal static class ApiPages
{
    /// <summary>The page's JSON, repaired if it needs to be; and how many releases it holds and its next link.</summary>
    public static (byte[] Json, int Releases, string? Next) Read(byte[] body, Uri url)
    {
        foreach (var candidate in Candidates(body))
        {
            try
            {
                using var document = JsonDocument.Parse(candidate);
                var root = document.RootElement;
                var releases = root.TryGetProperty("releases", out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;
                var next = root.TryGetProperty("links", out var links) && links.ValueKind == JsonValueKind.Object &&
                           links.TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.String
                    ? link.GetString()
                    : null;
                return (candidate, releases, next);
            }
            catch (JsonException)
            {
                // Try the next repair.
            }
        }

        throw new CollectorException($"{url}: the answer is not JSON (it starts \"{Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 60)))}\")");
    }

    private static IEnumerable<byte[]> Candidates(byte[] body)
    {
        yield return body;
        var text = Encoding.UTF8.GetString(body);
        yield return Encoding.UTF8.GetBytes(text.Replace("1e9999", "9999999", StringComparison.Ordinal).Replace(" 000,", " 0,", StringComparison.Ordinal));
        yield return Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(body));
    }
}
