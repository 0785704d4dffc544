using System.Buffers;

namespace StemCell.Domain;

/// <summary>
/// The rule for the ids a dataset gives its studies and sources: lower-kebab-case ASCII (<c>cambridge-msc-rrms-2023</c>),
/// so an id is safe in a URL, a file name and a command line, and reads the same everywhere.
/// </summary>
internal static class Slug
{
    internal const int MaximumLength = 100;

    private static readonly SearchValues<char> KebabCaseCharacters = SearchValues.Create("-0123456789abcdefghijklmnopqrstuvwxyz");

    /// <summary>Returns why <paramref name="id"/> is not a slug, or null when it is one.</summary>
    internal static string? Problem(string id)
    {
        if (id.Length == 0)
        {
            return "An id must not be empty.";
        }

        if (id.Length > MaximumLength)
        {
            return $"An id must be at most {MaximumLength} characters long; this one has {id.Length}.";
        }

        return IsKebabCase(id) ? null : Describe(id);
    }

    /// <summary>Tells whether text is lower-kebab-case: runs of a-z and 0-9 joined by single hyphens.</summary>
    /// <remarks>Shared by ids and vocabulary codes; a vectorised search rather than a regular expression or a loop a character at a time, as reading a dataset checks thousands of ids.</remarks>
    internal static bool IsKebabCase(ReadOnlySpan<char> text) =>
        text.Length > 0
        && !text.ContainsAnyExcept(KebabCaseCharacters)
        && text[0] != '-'
        && text[^1] != '-'
        && !text.Contains("--", StringComparison.Ordinal);

    private static string Describe(string id) =>
        $"'{id}' is not a valid id: expected lower-case ASCII letters and digits in words joined by single hyphens, such as 'cambridge-msc-rrms-2023'.";
}
