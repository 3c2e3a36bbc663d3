using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Steward.Web.Api;

/// <summary>
/// A JSON request body read safely: at most <see cref="MaxBytes"/> (413 past it, whatever the server's own limit),
/// UTF-8 (400 otherwise), JSON (400 naming the line and byte), and with no escape that is half a surrogate pair (400
/// naming its path), so that the handler can read every string without an exception.
/// </summary>
public static class JsonBody
{
    /// <summary>The largest body read: the portal's request body limit (docs/portal.md).</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The parsed body, or the problem to answer.</summary>
    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return (null, TooLarge());
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (BadHttpRequestException exception)
        {
            return (null, exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge() : Invalid("body", "The body could not be read."));
        }

        if (!Utf8.IsValid(bytes))
        {
            return (null, Invalid("body", "The body is not UTF-8 text; send JSON encoded as UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException exception)
        {
            return (null, Invalid("body", $"Not valid JSON: line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}."));
        }

        if (Unreadable(document.RootElement, "$") is { } path)
        {
            document.Dispose();
            return (null, Invalid("body", $"{path} holds an escape that is half of a UTF-16 surrogate pair (such as \\ud800); send whole characters."));
        }

        return (document, null);
    }

    /// <summary>The path of the first key or string that cannot be read as text, or null.</summary>
    private static string? Unreadable(JsonElement element, string path)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (Unreadable(property.Value, $"{path}.{property.Name}") is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        if (Unreadable(item, $"{path}[{index++}]") is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case JsonValueKind.String:
                    _ = element.GetString();
                    return null;
                default:
                    return null;
            }
        }
        catch (InvalidOperationException)
        {
            return path;
        }
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"The body is larger than {MaxBytes / 1024} KB, the most this endpoint reads.", statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large");

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request has problems");
}
