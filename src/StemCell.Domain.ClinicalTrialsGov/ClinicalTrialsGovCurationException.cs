using System.Collections.Immutable;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>
/// A curation document is not valid, or its decisions do not fit the imported data; every problem is listed.
/// </summary>
public sealed class ClinicalTrialsGovCurationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovCurationException"/> class.</summary>
    public ClinicalTrialsGovCurationException()
        : this("curation", ["The curation is not valid."])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovCurationException"/> class with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public ClinicalTrialsGovCurationException(string message)
        : this("curation", [message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovCurationException"/> class with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ClinicalTrialsGovCurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        InputName = "curation";
        Problems = [message];
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovCurationException"/> class for an input's problems.</summary>
    /// <param name="inputName">The curation's name, such as its file name.</param>
    /// <param name="problems">Every problem, each starting with where it is, such as <c>$.decisions[2].code: …</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ClinicalTrialsGovCurationException(string inputName, IEnumerable<string> problems)
        : this(inputName, [.. problems ?? throw new ArgumentNullException(nameof(problems))])
    {
    }

    private ClinicalTrialsGovCurationException(string inputName, ImmutableArray<string> problems)
        : base(Describe(inputName, problems))
    {
        InputName = inputName;
        Problems = problems;
    }

    /// <summary>Gets the curation's name.</summary>
    /// <value>A file name, or <c>curation</c> when it was not read from a named input.</value>
    public string InputName { get; }

    /// <summary>Gets every problem, each starting with where it is.</summary>
    /// <value>Problems such as <c>$.decisions[2].code: 'marrow' is not a code of tissue-source; …</c>.</value>
    public ImmutableArray<string> Problems { get; }

    private static string Describe(string inputName, ImmutableArray<string> problems)
    {
        ArgumentNullException.ThrowIfNull(inputName);
        return problems.Length == 1
            ? $"{inputName}: {problems[0]}"
            : $"{inputName}: {problems.Length} problems:{string.Concat(problems.Select(p => $"{Environment.NewLine}  {p}"))}";
    }
}
