using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace StemCell.Domain.Model;

/// <summary>Where a source can be found: a web address, or a Digital Object Identifier (DOI).</summary>
/// <remarks>
/// <para>
/// A URL must be an absolute <c>http</c> or <c>https</c> address. A DOI is stored as its name, <c>10.</c> + a
/// registrant code + <c>/</c> + a suffix (ISO 26324; the DOI Handbook is itself <c>10.1000/182</c>), and must match the pattern Crossref recommends
/// for modern DOIs, <c>^10.\d{4,9}/[-._;()/:A-Z0-9]+$</c> (case-insensitive), so it always forms a valid
/// <c>https://doi.org/</c> address.
/// </para>
/// <para>
/// Text: <see cref="ToString"/> writes a URL as given and a DOI as <c>https://doi.org/</c> + its name, the form
/// Crossref's display guidelines ask for. <see cref="Parse"/> reads that, a bare DOI name, a <c>doi:</c> prefix, or
/// any other http(s) address, so text round-trips.
/// </para>
/// <para>
/// Equality: equal when the kinds and values are equal, compared ordinally as given (DOI names are case-insensitive
/// in the DOI system, but the model keeps a source's spelling).
/// </para>
/// </remarks>
public sealed partial record SourceLocator
{
    private const string DoiResolver = "https://doi.org/";


    private static readonly string[] DoiPrefixes = ["doi:", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"];

    private SourceLocator(SourceLocatorKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Gets what kind of address the locator is.</summary>
    /// <value>A URL or a DOI.</value>
    public SourceLocatorKind Kind { get; }

    /// <summary>Gets the address.</summary>
    /// <value>An absolute http(s) URL, or a DOI name such as <c>10.1000/182</c> (without a resolver prefix).</value>
    public string Value { get; }

    /// <summary>Creates a locator for a web address.</summary>
    /// <param name="url">An absolute <c>http</c> or <c>https</c> address.</param>
    /// <returns>The locator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http(s) address.</exception>
    public static SourceLocator FromUrl(string url) => Check(SourceLocatorKind.Url, url, problems: null, nameof(url));

    /// <summary>Creates a locator for a DOI.</summary>
    /// <param name="doi">The DOI name, such as <c>10.1000/182</c>, without a <c>doi:</c> or resolver prefix.</param>
    /// <returns>The locator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="doi"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="doi"/> is not a DOI name.</exception>
    public static SourceLocator FromDoi(string doi) => Check(SourceLocatorKind.Doi, doi, problems: null, nameof(doi));

    /// <summary>Parses a URL or a DOI.</summary>
    /// <param name="text">An http(s) address, a DOI name, <c>doi:</c> and a DOI name, or a <c>doi.org</c> address.</param>
    /// <returns>A DOI locator for the DOI forms, otherwise a URL locator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is neither a DOI nor an absolute http(s) address.</exception>
    public static SourceLocator Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var locator)
            ? locator
            : throw new FormatException($"'{text}' is not a source locator: expected an absolute http or https address, or a DOI such as 10.1000/182.");
    }

    /// <summary>Tries to parse a URL or a DOI, without throwing.</summary>
    /// <param name="text">An http(s) address, a DOI name, <c>doi:</c> and a DOI name, or a <c>doi.org</c> address; null parses nothing.</param>
    /// <param name="locator">The locator, or null when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a locator.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out SourceLocator? locator)
    {
        locator = null;
        if (text is null)
        {
            return false;
        }

        var doi = text;
        foreach (var prefix in DoiPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = text[prefix.Length..];
                break;
            }
        }

        if (DoiPattern().IsMatch(doi))
        {
            locator = new(SourceLocatorKind.Doi, doi);
        }
        else if (IsHttpUrl(text))
        {
            locator = new(SourceLocatorKind.Url, text);
        }

        return locator is not null;
    }

    /// <summary>Returns an address a browser can open.</summary>
    /// <returns>The URL, or <c>https://doi.org/</c> and the DOI name.</returns>
    public Uri ToUri() => new(ToString(), UriKind.Absolute);

    /// <summary>Returns the locator as text that <see cref="Parse"/> reads back.</summary>
    /// <returns>The URL as given, or <c>https://doi.org/</c> and the DOI name.</returns>
    public override string ToString() => Kind == SourceLocatorKind.Doi ? DoiResolver + Value : Value;

    /// <summary>
    /// Creates a locator of a kind with <see cref="FromUrl"/>'s or <see cref="FromDoi"/>'s rules, adding every problem
    /// to <paramref name="problems"/> (at <c>value</c>, or <c>kind</c> for a kind that is not one) instead of throwing.
    /// </summary>
    /// <returns>The locator, or null when a problem was added.</returns>
    internal static SourceLocator? Create(ProblemCollector problems, SourceLocatorKind kind, string value) =>
        problems.Keep(problems.Count, Check(kind, value, problems, nameof(value)));

    /// <summary>The one check of a locator's value: throws without a collector; with one, adds the problem and goes on.</summary>
    private static SourceLocator Check(SourceLocatorKind kind, string value, ProblemCollector? problems, string paramName)
    {
        Preconditions.CheckNotNull(value, problems, paramName: paramName);
        switch (kind)
        {
            case SourceLocatorKind.Url:
                Preconditions.CheckRule(value is null || IsHttpUrl(value) ? null : $"'{value}' is not an absolute http or https address.", problems, paramName);
                break;
            case SourceLocatorKind.Doi:
                Preconditions.CheckRule(
                    value is null || DoiPattern().IsMatch(value) ? null : $"'{value}' is not a DOI name: expected 10., four to nine digits, a slash and a suffix, such as 10.1000/182.",
                    problems,
                    paramName);
                break;
            default:
                Preconditions.CheckArgument(
                    false, problems, nameof(kind), $"{(int)kind} is not a source locator kind; expected {nameof(SourceLocatorKind.Url)} or {nameof(SourceLocatorKind.Doi)}.");
                break;
        }

        // Only a collecting caller gets here with a null value, and it discards the locator for the problem it was told.
        return new(kind, value!);
    }

    private static bool IsHttpUrl(string text) =>
        !HasWhiteSpace(text)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;

    // A loop over the characters, not LINQ's Any: that enumerates a string through an interface, a delegate call a character.
    private static bool HasWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    // Compiled at build time, so a NativeAOT image carries no regular expression engine. Each of its loops is followed by
    // a character it cannot match ('/' after the digits, the end after the suffix), so the generator makes them atomic:
    // it matches in linear time, and needs no timeout to check on every match.
    [GeneratedRegex(@"\A10\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();
}
