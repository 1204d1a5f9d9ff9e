//! The citation list: every source a reason, level or recommendation cites.
//! Titles are user-facing and live in `text`; here are ids, publishers and URLs.

use crate::locale::Language;

/// A cited source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceId {
    /// CMAJ: Graduated compression stockings (Lim & Davies, 2014). Seed reference.
    CmajStockings,
    /// Graduated compression stockings and lower limb venous haemodynamics. Seed reference.
    SageHaemodynamics,
    /// Texas Heart Institute on nitrates (vasodilators). Seed reference.
    TexasHeartNitrates,
    /// University of Rochester Medical Center on omega-3 and heart disease. Seed reference.
    UrmcOmega3,
    /// NHS: Quit smoking. Seed reference.
    NhsQuitSmoking,
    /// Harvard Health: leg stretching and blood flow. Seed reference.
    HarvardStretching,
    /// US News: how much water you should really drink. Seed reference.
    UsNewsWater,
    /// Vascular adaptation to exercise in humans (Physiological Reviews, 2017). Seed reference.
    NcbiExercise,
    /// VUMC Reporter: vitamin C protects blood vessel lining. Seed reference.
    VumcVitaminC,
    /// NICE CG147: peripheral arterial disease.
    NiceCg147,
    /// NICE CG168: varicose veins.
    NiceCg168,
    /// NICE NG89: venous thromboembolism, reducing the risk (compression).
    NiceNg89,
    /// NICE CKS: compression stockings.
    NiceCksCompression,
    /// NICE NG158: venous thromboembolic diseases.
    NiceNg158,
    /// NHS: deep vein thrombosis.
    NhsDvt,
    /// NHS: pulmonary embolism.
    NhsPe,
    /// NHS: peripheral arterial disease.
    NhsPad,
    /// NHS: leg ulcers.
    NhsLegUlcer,
    /// NHS: varicose veins.
    NhsVaricose,
    /// NHS: water, drinks and your health.
    NhsWater,
    /// NHS: warfarin.
    NhsWarfarin,
    /// CDC: blood clots.
    CdcClots,
    /// Diabetes UK: feet.
    DiabetesUkFeet,
    /// WHO 2020 guidelines on physical activity and sedentary behaviour.
    Who2020Activity,
    /// WHO: sodium reduction.
    WhoSodium,
    /// AHA: how much sodium should I eat per day.
    AhaSodium,
    /// AHA: fish and omega-3 fatty acids.
    AhaFish,
    /// National Academies: dietary reference intakes for water (2005).
    NasemWater,
    /// Leng & Fowkes 1992: the Edinburgh Claudication Questionnaire.
    LengFowkes1992,
    /// Rabe et al. 2020: risks and contraindications of medical compression.
    Rabe2020,
    /// NICE NG19: diabetic foot problems.
    NiceNg19,
    /// NICE NG106: chronic heart failure in adults.
    NiceNg106,
    /// NHS: cellulitis.
    NhsCellulitis,
    /// NHS: swollen ankles, feet and legs (oedema).
    NhsOedema,
    /// NHS: pre-eclampsia.
    NhsPreeclampsia,
    /// NICE CKS: superficial thrombophlebitis.
    NiceCksThrombophlebitis,
}

/// Where a source lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Stable string id, e.g. "nice-cg147".
    pub key: &'static str,
    /// Publisher or journal.
    pub publisher: &'static str,
    /// A public, stable URL.
    pub url: &'static str,
    /// False where the seed's exact article URL could not be confirmed and
    /// the URL is a search on the publisher's site or PubMed instead.
    pub exact: bool,
}

use SourceId::*;

impl SourceId {
    /// Every source, in citation-list order.
    pub const ALL: [SourceId; 36] = [
        CmajStockings,
        SageHaemodynamics,
        TexasHeartNitrates,
        UrmcOmega3,
        NhsQuitSmoking,
        HarvardStretching,
        UsNewsWater,
        NcbiExercise,
        VumcVitaminC,
        NiceCg147,
        NiceCg168,
        NiceNg89,
        NiceCksCompression,
        NiceNg158,
        NhsDvt,
        NhsPe,
        NhsPad,
        NhsLegUlcer,
        NhsVaricose,
        NhsWater,
        NhsWarfarin,
        CdcClots,
        DiabetesUkFeet,
        Who2020Activity,
        WhoSodium,
        AhaSodium,
        AhaFish,
        NasemWater,
        LengFowkes1992,
        Rabe2020,
        NiceNg19,
        NiceNg106,
        NhsCellulitis,
        NhsOedema,
        NhsPreeclampsia,
        NiceCksThrombophlebitis,
    ];

    /// The page to link for a visitor reading in `language`: in Spanish,
    /// the Spanish page that covers the same topic where there is one
    /// ([`SourceId::spanish_page`]); otherwise, and in English, [`source`].
    ///
    /// [`source`]: SourceId::source
    pub fn source_in(self, language: Language) -> Source {
        match language {
            #[cfg(feature = "es")]
            Language::Es => self.spanish_page().unwrap_or_else(|| self.source()),
            Language::En => self.source(),
        }
    }

    /// A page in Spanish, from a public health body, on the same topic as
    /// this source, for Spanish readers; `None` where we know of none (the
    /// Spanish title then says "(en inglés)"). Only pages we are confident
    /// exist: MedlinePlus en español (US National Library of Medicine). It
    /// stands in for the original as reading in Spanish; the English source
    /// stays the reference for what is decided.
    pub fn spanish_page(self) -> Option<Source> {
        let s = |key, publisher, url| {
            Some(Source {
                key,
                publisher,
                url,
                exact: true,
            })
        };
        const MEDLINEPLUS: &str = "MedlinePlus en español";
        match self {
            NhsQuitSmoking => s(
                "medlineplus-es-quit-smoking",
                MEDLINEPLUS,
                "https://medlineplus.gov/spanish/quittingsmoking.html",
            ),
            NhsDvt => s(
                "medlineplus-es-dvt",
                MEDLINEPLUS,
                "https://medlineplus.gov/spanish/deepveinthrombosis.html",
            ),
            NhsPe => s(
                "medlineplus-es-pe",
                MEDLINEPLUS,
                "https://medlineplus.gov/spanish/pulmonaryembolism.html",
            ),
            NhsPad => s(
                "medlineplus-es-pad",
                MEDLINEPLUS,
                "https://medlineplus.gov/spanish/peripheralarterialdisease.html",
            ),
            NhsVaricose => s(
                "medlineplus-es-varicose",
                MEDLINEPLUS,
                "https://medlineplus.gov/spanish/varicoseveins.html",
            ),
            NhsWater => s(
                "medlineplus-es-water",
                MEDLINEPLUS,
                "https://medlineplus.gov/spanish/ency/article/002471.htm",
            ),
            NhsWarfarin => s(
                "medlineplus-es-warfarin",
                MEDLINEPLUS,
                "https://medlineplus.gov/spanish/druginfo/meds/a682277-es.html",
            ),
            NhsCellulitis => s(
                "medlineplus-es-cellulitis",
                MEDLINEPLUS,
                "https://medlineplus.gov/spanish/ency/article/000855.htm",
            ),
            NhsOedema => s(
                "medlineplus-es-swelling",
                MEDLINEPLUS,
                "https://medlineplus.gov/spanish/ency/article/003103.htm",
            ),
            _ => None,
        }
    }

    /// Publisher, URL and key.
    pub fn source(self) -> Source {
        let s = |key, publisher, url| Source {
            key,
            publisher,
            url,
            exact: true,
        };
        let search = |key, publisher, url| Source {
            key,
            publisher,
            url,
            exact: false,
        };
        match self {
            CmajStockings => s("cmaj-stockings", "CMAJ", "https://doi.org/10.1503/cmaj.131281"),
            SageHaemodynamics => search(
                "sage-haemodynamics",
                "SAGE Publications",
                "https://pubmed.ncbi.nlm.nih.gov/?term=graduated+compression+stockings+lower+limb+venous+haemodynamics",
            ),
            TexasHeartNitrates => search(
                "texas-heart-nitrates",
                "Texas Heart Institute",
                "https://www.texasheart.org/?s=nitrates",
            ),
            UrmcOmega3 => search(
                "urmc-omega3",
                "University of Rochester Medical Center",
                "https://www.urmc.rochester.edu/search?q=omega-3+fatty+acids+coronary+heart+disease",
            ),
            NhsQuitSmoking => s("nhs-quit-smoking", "NHS", "https://www.nhs.uk/better-health/quit-smoking/"),
            HarvardStretching => s(
                "harvard-stretching",
                "Harvard Health Publishing",
                "https://www.health.harvard.edu/staying-healthy/leg-stretching-may-improve-blood-flow-and-prevent-strokes",
            ),
            UsNewsWater => search(
                "usnews-water",
                "U.S. News & World Report",
                "https://www.usnews.com/search?q=how+much+water+you+should+really+drink",
            ),
            NcbiExercise => s(
                "physrev-exercise",
                "Physiological Reviews (NCBI)",
                "https://doi.org/10.1152/physrev.00014.2016",
            ),
            VumcVitaminC => s(
                "vumc-vitamin-c",
                "VUMC Reporter, Vanderbilt University",
                "https://news.vumc.org/2015/09/04/vitamin-c-blood-vessel-lining/",
            ),
            NiceCg147 => s("nice-cg147", "NICE", "https://www.nice.org.uk/guidance/cg147"),
            NiceCg168 => s("nice-cg168", "NICE", "https://www.nice.org.uk/guidance/cg168"),
            NiceNg89 => s("nice-ng89", "NICE", "https://www.nice.org.uk/guidance/ng89"),
            NiceCksCompression => s(
                "nice-cks-compression",
                "NICE Clinical Knowledge Summaries",
                "https://cks.nice.org.uk/topics/compression-stockings/",
            ),
            NiceNg158 => s("nice-ng158", "NICE", "https://www.nice.org.uk/guidance/ng158"),
            NhsDvt => s("nhs-dvt", "NHS", "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/"),
            NhsPe => s("nhs-pe", "NHS", "https://www.nhs.uk/conditions/pulmonary-embolism/"),
            NhsPad => s("nhs-pad", "NHS", "https://www.nhs.uk/conditions/peripheral-arterial-disease-pad/"),
            NhsLegUlcer => s("nhs-leg-ulcer", "NHS", "https://www.nhs.uk/conditions/leg-ulcer/"),
            NhsVaricose => s("nhs-varicose", "NHS", "https://www.nhs.uk/conditions/varicose-veins/"),
            NhsWater => s(
                "nhs-water",
                "NHS",
                "https://www.nhs.uk/live-well/eat-well/food-guidelines-and-food-labels/water-drinks-nutrition/",
            ),
            NhsWarfarin => s("nhs-warfarin", "NHS", "https://www.nhs.uk/medicines/warfarin/"),
            CdcClots => s("cdc-clots", "CDC", "https://www.cdc.gov/blood-clots/"),
            DiabetesUkFeet => s(
                "diabetes-uk-feet",
                "Diabetes UK",
                "https://www.diabetes.org.uk/guide-to-diabetes/complications/feet",
            ),
            Who2020Activity => s(
                "who-2020-activity",
                "World Health Organization",
                "https://www.who.int/publications/i/item/9789240015128",
            ),
            WhoSodium => s(
                "who-sodium",
                "World Health Organization",
                "https://www.who.int/news-room/fact-sheets/detail/sodium-reduction",
            ),
            AhaSodium => s(
                "aha-sodium",
                "American Heart Association",
                "https://www.heart.org/en/healthy-living/healthy-eating/eat-smart/sodium/how-much-sodium-should-i-eat-per-day",
            ),
            AhaFish => s(
                "aha-fish",
                "American Heart Association",
                "https://www.heart.org/en/healthy-living/healthy-eating/eat-smart/fats/fish-and-omega-3-fatty-acids",
            ),
            NasemWater => s(
                "nasem-water",
                "National Academies of Sciences, Engineering, and Medicine",
                "https://doi.org/10.17226/10925",
            ),
            LengFowkes1992 => s(
                "leng-fowkes-1992",
                "Journal of Clinical Epidemiology",
                "https://doi.org/10.1016/0895-4356(92)90150-L",
            ),
            Rabe2020 => s("rabe-2020", "Phlebology", "https://doi.org/10.1177/0268355520909066"),
            NiceNg19 => s("nice-ng19", "NICE", "https://www.nice.org.uk/guidance/ng19"),
            NiceNg106 => s("nice-ng106", "NICE", "https://www.nice.org.uk/guidance/ng106"),
            NhsCellulitis => s("nhs-cellulitis", "NHS", "https://www.nhs.uk/conditions/cellulitis/"),
            NhsOedema => s("nhs-oedema", "NHS", "https://www.nhs.uk/conditions/oedema/"),
            NhsPreeclampsia => s(
                "nhs-pre-eclampsia",
                "NHS",
                "https://www.nhs.uk/conditions/pre-eclampsia/",
            ),
            NiceCksThrombophlebitis => s(
                "nice-cks-thrombophlebitis",
                "NICE Clinical Knowledge Summaries",
                "https://cks.nice.org.uk/topics/superficial-thrombophlebitis/",
            ),
        }
    }
}
