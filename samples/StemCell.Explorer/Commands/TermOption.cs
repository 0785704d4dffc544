using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using StemCell.Domain.Vocabulary;

namespace StemCell.Explorer.Commands;

/// <summary>
/// Options whose value is a vocabulary term, given as its code or a documented synonym in any case (<c>als</c>,
/// <c>ALS</c>, <c>amyotrophic-lateral-sclerosis</c>). An unknown value is a usage error that lists the valid codes.
/// </summary>
internal static partial class TermOption
{
    /// <summary>Creates an option of one vocabulary.</summary>
    /// <param name="name">The option's name, such as <c>--disease</c>.</param>
    /// <param name="description">What the option selects; the valid codes are appended.</param>
    /// <param name="reject">Says why a term is not accepted by this option, or returns null for a term that is.</param>
    internal static Option<TTerm?> Create<TTerm>(string name, string description, Func<TTerm, string?>? reject = null)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
    {
        var codes = string.Join(", ", TTerm.All.Select(t => t.Code));
        var option = new Option<TTerm?>(name)
        {
            Description = $"{description} One of: {codes}; or a synonym, in any case.",
            HelpName = "code",
            CustomParser = result =>
            {
                var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (!TryParse(value, out TTerm? term))
                {
                    result.AddError($"'{value}' is not a {TTerm.VocabularyName} code for {name}. Expected one of: {codes} (or a documented synonym).");
                    return null;
                }

                if (reject?.Invoke(term) is { } problem)
                {
                    result.AddError(problem);
                    return null;
                }

                return term;
            },
        };
        option.CompletionSources.Add([.. TTerm.All.Select(t => t.Code)]);
        return option;
    }

    /// <summary>
    /// Finds a term by code or synonym (the vocabulary's <c>TryFromCode</c>), or failing
    /// that by the code typed with spaces for its hyphens, as people do on a command line: <c>phase 2</c>, <c>sporadic als</c>.
    /// </summary>
    internal static bool TryParse<TTerm>(string value, [NotNullWhen(true)] out TTerm? term)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm> =>
        VocabularyTerm<TTerm>.TryFromCode(value, out term)
        || VocabularyTerm<TTerm>.TryFromCode(Whitespace().Replace(value.Trim(), "-"), out term);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
