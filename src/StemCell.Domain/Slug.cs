namespace StemCell.Domain;

/// <summary>
/// The rule for the ids a dataset gives its studies and sources: lower-kebab-case ASCII (<c>cambridge-msc-rrms-2023</c>),
/// so an id is safe in a URL, a file name and a command line, and reads the same everywhere.
/// </summary>
internal static class Slug
{
    internal const int MaximumLength = 100;

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

        var previousWasHyphen = true;
        foreach (var c in id)
        {
            var isHyphen = c == '-';
            if (!(isHyphen || char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) || (isHyphen && previousWasHyphen))
            {
                return Describe(id);
            }

            previousWasHyphen = isHyphen;
        }

        return previousWasHyphen ? Describe(id) : null;
    }

    private static string Describe(string id) =>
        $"'{id}' is not a valid id: expected lower-case ASCII letters and digits in words joined by single hyphens, such as 'cambridge-msc-rrms-2023'.";
}
