
namespace StemCell.Domain.Model;

/// <summary>An institution that ran or reported a study, such as a university or a hospital.</summary>
/// <remarks>
/// The country is an ISO 3166-1 alpha-2 code (<c>GB</c>, <c>US</c>), checked for its shape only, and is optional:
/// record it only when a source states it. Equality: equal when the names and countries are equal (ordinal comparison).
/// </remarks>
public sealed record Institution
{
    /// <summary>Initializes a new instance of the <see cref="Institution"/> class.</summary>
    /// <param name="name">The institution's name as the source gives it, such as "University of Cambridge".</param>
    /// <param name="country">The country's ISO 3166-1 alpha-2 code, such as <c>GB</c>, or null when no source states it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is blank or padded, or <paramref name="country"/> is not two upper-case ASCII letters.
    /// </exception>
    public Institution(string name, string? country = null)
        : this(name, country, problems: null)
    {
    }

    private Institution(string name, string? country, ProblemCollector? problems)
    {
        Name = Preconditions.CheckNotBlank(name, problems);
        // The message is made only for a country that breaks the rule: reading builds thousands of institutions.
        Preconditions.CheckRule(
            country is null || (country.Length == 2 && char.IsAsciiLetterUpper(country[0]) && char.IsAsciiLetterUpper(country[1]))
                ? null
                : $"A country is an ISO 3166-1 alpha-2 code of two upper-case letters, such as GB or US; '{country}' is not.",
            problems,
            nameof(country));
        Country = country;
    }

    /// <summary>Gets the institution's name.</summary>
    /// <value>The name as the source gives it.</value>
    public string Name { get; }

    /// <summary>Gets the institution's country.</summary>
    /// <value>An ISO 3166-1 alpha-2 code such as <c>GB</c>, or null when no source states it.</value>
    public string? Country { get; }

    /// <summary>Creates an institution, adding every problem to <paramref name="problems"/> instead of throwing.</summary>
    /// <returns>The institution, or null when a problem was added.</returns>
    internal static Institution? Create(ProblemCollector problems, string name, string? country = null) =>
        problems.Keep(problems.Count, new Institution(name, country, problems));

    /// <summary>Returns the name, with the country when known.</summary>
    /// <returns>Text such as <c>University of Cambridge</c> or <c>University of Cambridge (GB)</c>.</returns>
    public override string ToString() => Country is null ? Name : $"{Name} ({Country})";
}
