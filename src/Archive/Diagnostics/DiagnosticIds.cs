namespace PaperArchive.Diagnostics;

/// <summary>
/// Every diagnostic id in one place, so that ids stay stable and unique. Ranges: 00xx input and configuration,
/// 01xx listings, 02xx catalog, 03xx themes and overrides, 04xx rendering, 05xx feeds, 06xx arXiv metadata (enrich),
/// 07xx output, 08xx check.
/// </summary>
public static class DiagnosticIds
{
    public const string InputFolderMissing = "ARC0001";
    public const string ConfigYamlError = "ARC0002";
    public const string ConfigUnknownKey = "ARC0003";
    public const string ConfigInvalidValue = "ARC0004";
    public const string NoListings = "ARC0005";
    public const string ListingConfigUnknownFile = "ARC0006";
    public const string FileUnreadable = "ARC0007";
    public const string ConfigNotText = "ARC0008";
    public const string InputLinkOutside = "ARC0009";
    public const string InputNameUnsafe = "ARC0010";

    public const string ListingUnknownFormat = "ARC0101";
    public const string TitleWithoutAbstract = "ARC0102";
    public const string MetadataWithoutTitle = "ARC0103";
    public const string UnknownDateForm = "ARC0104";
    public const string InvalidDate = "ARC0105";
    public const string CaptureYearAssumed = "ARC0106";
    public const string CaptureDateMissing = "ARC0107";
    public const string CaptureDateConflict = "ARC0108";
    public const string UnknownMetadataLine = "ARC0109";
    public const string ListingEmpty = "ARC0110";
    public const string ListingNotText = "ARC0111";

    // 012x-019x: further listing forms and hostile or broken listing files.
    public const string LineTooLong = "ARC0120";
    public const string ControlCharacters = "ARC0121";
    public const string EntryCutOff = "ARC0122";
    public const string CaptureTruncated = "ARC0123";
    public const string InvalidArxivId = "ARC0124";
    public const string LinkReferenceMissing = "ARC0125";
    public const string ListingTooLarge = "ARC0126";
    public const string CardImplausible = "ARC0127";
    public const string CaptureImplausible = "ARC0128";

    // 015x-017x: the structured capture forms (GitHub digests, saved HTML, the papers API's JSON, arXiv listings).
    public const string JsonBroken = "ARC0150";
    public const string JsonElementNotAPaper = "ARC0151";
    public const string ArxivEntryWithoutTitle = "ARC0152";
    public const string DigestBlockWithoutLink = "ARC0153";
    public const string ConflictingArxivId = "ARC0190";

    public const string ConflictingAuthors = "ARC0201";
    public const string ConflictingOrganization = "ARC0202";
    public const string ConflictingPublished = "ARC0203";
    public const string SlugCollision = "ARC0204";

    // 03xx themes, overrides and related papers.
    public const string ThemeRuleInvalid = "ARC0301";
    public const string ThemeWithoutRules = "ARC0302";
    public const string OverrideYamlError = "ARC0303";
    public const string OverrideUnknownKey = "ARC0304";
    public const string OverrideInvalidValue = "ARC0305";
    public const string OverrideUnknownPaper = "ARC0306";
    public const string OverrideUnknownTheme = "ARC0307";

    // 04xx rendering and the template folder (theme/).
    public const string TemplateFolderMissing = "ARC0401";
    public const string TemplateLayoutMissing = "ARC0402";
    public const string TemplateParseError = "ARC0403";
    public const string TemplateRenderError = "ARC0404";
    public const string TemplateFileUnreadable = "ARC0405";
    public const string TemplateLinkOutside = "ARC0406";
    public const string TemplateNameUnsafe = "ARC0407";
    public const string TemplateScriptImportMissing = "ARC0410";
    public const string TemplateScriptImportCycle = "ARC0411";

    // 05xx feeds.
    public const string FeedBaseUrlMissing = "ARC0501";
    public const string FeedControlCharacters = "ARC0502";

    // 06xx arXiv metadata: the files `archive enrich` keeps in input/metadata/, merging them, and asking arXiv.
    public const string MetadataYamlError = "ARC0601";
    public const string MetadataInvalidValue = "ARC0602";
    public const string MetadataUnknownKey = "ARC0603";
    public const string MetadataUnknownPaper = "ARC0604";
    public const string MetadataOtherArxivId = "ARC0605";
    public const string MetadataTitleDiffers = "ARC0606";
    public const string MetadataDateDiffers = "ARC0607";
    public const string MetadataAuthorCountDiffers = "ARC0608";
    public const string EnrichOffline = "ARC0650";
    public const string EnrichUnavailable = "ARC0651";
    public const string EnrichRefused = "ARC0652";
    public const string EnrichUnwritable = "ARC0653";

    // 07xx output and serving.
    public const string OutputUnwritable = "ARC0701";
    public const string ServePortUnavailable = "ARC0702";
    public const string ServeBuildCrashed = "ARC0703";
    public const string BuildCacheUnwritable = "ARC0704";
    public const string OutputFolderOverlaps = "ARC0705";
    public const string OutputFolderIsLink = "ARC0706";

    // 08xx check (reported by `archive check`).
    public const string CheckOutputMissing = "ARC0801";
    public const string CheckBaseUrlInvalid = "ARC0802";
    public const string CheckPageUnreadable = "ARC0803";
    public const string BrokenLink = "ARC0804";
    public const string BrokenFragment = "ARC0805";
    public const string JavaScriptUrl = "ARC0806";
    public const string DuplicateId = "ARC0807";
    public const string ImageWithoutAlt = "ARC0808";
    public const string PageWithoutTitle = "ARC0809";
    public const string PageWithoutDescription = "ARC0810";
    public const string OrphanFile = "ARC0811";
    public const string ForbiddenScheme = "ARC0812";
}
