//! Spanish text (es-US and es): the sibling of `en`, every function with
//! the same signature. Plain, warm Spanish at about a 6th-grade reading
//! level, `usted`, neutral Latin American vocabulary (see
//! `docs/spanish-terms.md` for the terms chosen and why). Written in our
//! own words, never weaker than the English: an emergency stays an
//! emergency.
//!
//! What differs between the two Spanish locales (emergency number,
//! services, units, number format) is in the per-locale `Loc` table. The
//! region decides it, never the language: es-US is the US (911, US
//! customary units), es is "region not known" (the emergency number of
//! your country, with the common ones listed; metric).
//!
//! Numbers: es-US writes them the US way (decimal point, comma for
//! thousands: "31.2", "2,300 mg"), as US Spanish health pages (CDC en
//! español, MedlinePlus en español) do; es writes a decimal comma and no
//! separator in four-digit numbers ("31,2", "2300 mg"), as the RAE/ASALE
//! recommend.

use super::types::{LevelText, Notices, QuestionText, RecText, UnitSymbols};
use crate::advice::{Detail, RecId, Recommendation, Status};
use crate::claudication::Claudication;
use crate::compute::{Factor, VenousStage, Volume, Water, WaterFor};
use crate::flow::Progress;
use crate::locale::{Locale, VolumeUnit, WeightUnit};
use crate::questions::{ids, Module};
use crate::reason::{Reason, Said};
use crate::sources::SourceId;
use crate::triage::{Level, Urgency};
use crate::units::{round_div, tenths};

/// What differs between the Spanish locales.
pub(super) struct Loc {
    /// The number in a sentence, after "llame a": "al 911", "al número de
    /// emergencias de su país".
    pub emergency: &'static str,
    /// The emergency banner's heading.
    pub emergency_heading: &'static str,
    /// The emergency banner's call, a whole sentence.
    pub emergency_call: &'static str,
    /// "Don't drive yourself", in the region's verb.
    pub dont_drive: &'static str,
    /// Urgent, same day: where to go, a whole sentence.
    pub same_day: &'static str,
    /// Urgent, hospital now: the heading and a whole sentence.
    pub ed_heading: &'static str,
    pub ed_now: &'static str,
    /// Urgent in pregnancy or after birth: the heading and a whole sentence.
    pub maternity_heading: &'static str,
    pub maternity: &'static str,
    pub quit_help: &'static str,
    pub otc_note: &'static str,
    /// Decimal comma ("31,2") rather than point ("31.2"), and no
    /// thousands separator in four-digit numbers.
    pub decimal_comma: bool,
    pub units: UnitSymbols,
}

const METRIC: UnitSymbols = UnitSymbols {
    ft: "pies",
    inch: "pulg.",
    cm: "cm",
    lb: "lb",
    kg: "kg",
    fl_oz: "onzas líquidas",
    ml: "ml",
    litres: "litros",
};

/// Spanish in the United States: the US region of `en` (911, urgent care,
/// the ER, 1-800-QUIT-NOW's Spanish line), named in Spanish with the
/// English name where people will see it on a sign or a phone menu.
static US: Loc = Loc {
    emergency: "al 911",
    emergency_heading: "Llame al 911 ahora",
    emergency_call: "Llame al 911 ahora.",
    dont_drive: "No maneje usted hasta el hospital.",
    same_day: "Llame hoy al consultorio de su médico para pedir una consulta para hoy mismo, o vaya hoy a un centro de atención de urgencia (urgent care) o a la sala de emergencias.",
    ed_heading: "Vaya a la sala de emergencias ahora",
    ed_now: "Vaya ahora a la sala de emergencias (ER) de un hospital. No espere a tener una cita.",
    maternity_heading: "Llame ahora a su ginecólogo-obstetra o partera",
    maternity: "Llame ahora a su ginecólogo-obstetra (OB-GYN) o a su partera, o vaya a la unidad de parto (Labor and Delivery) de su hospital. Si no logra comunicarse con ellos, vaya a la sala de emergencias.",
    quit_help: "Con ayuda gratis es mucho más fácil dejar de fumar: llame al 1-855-DÉJELO-YA (1-855-335-3569), la línea gratuita en español, o pregunte a su médico o farmacéutico.",
    otc_note: " En los EE. UU., las medias que se venden sin receta suelen ser de 15 a 20 mmHg.",
    decimal_comma: false,
    units: METRIC,
};

/// Where the visitor is is not known: never one country's number for
/// everyone, but the number of their country with the common ones listed.
static ANYWHERE: Loc = Loc {
    emergency: "al número de emergencias de su país",
    emergency_heading: "Llame ahora al número de emergencias",
    emergency_call: "Llame ahora al número de emergencias de su país: por ejemplo, el 911 en los Estados Unidos, Canadá y México, el 112 en España y el resto de la Unión Europea, el 999 en el Reino Unido, el 000 en Australia o el 111 en Nueva Zelanda.",
    dont_drive: "No maneje (no conduzca) usted hasta el hospital.",
    same_day: "Comuníquese hoy con un médico para pedir una consulta para hoy mismo, o vaya hoy a un centro de atención de urgencias o al servicio de urgencias de un hospital.",
    ed_heading: "Vaya a urgencias del hospital ahora",
    ed_now: "Vaya ahora al servicio de urgencias (emergencias) del hospital más cercano. No espere a tener una cita.",
    maternity_heading: "Llame ahora a su partera, su médico o la maternidad",
    maternity: "Llame ahora a su partera, a su médico o a la maternidad de su hospital. Si no logra comunicarse con ellos, vaya al servicio de urgencias de un hospital.",
    quit_help: "Con ayuda gratis es mucho más fácil dejar de fumar: pregunte a un médico, una enfermera o un farmacéutico por los servicios gratuitos para dejar de fumar cerca de usted.",
    otc_note: "",
    decimal_comma: true,
    units: METRIC,
};

/// The table of a Spanish locale. Only es-US has a region of its own; any
/// other locale gets the generic one, which never names one country's
/// number for everyone.
pub(super) fn table(locale: Locale) -> &'static Loc {
    match locale {
        Locale::EsUs => &US,
        _ => &ANYWHERE,
    }
}

/// A number of tenths in the locale's format: "31.2" (es-US) or "31,2" (es).
pub(super) fn decimal(locale: Locale, t: u64) -> String {
    comma(locale, tenths(t))
}

/// A number already written with a decimal point, in the locale's format.
pub(super) fn comma(locale: Locale, s: String) -> String {
    if table(locale).decimal_comma {
        s.chars().map(|c| if c == '.' { ',' } else { c }).collect()
    } else {
        s
    }
}

/// An unsigned integer as the locale writes it: "2,300" (es-US) or "2300"
/// (es: no separator up to four digits, a space from five, as the RAE
/// recommends).
fn group(locale: Locale, n: u32) -> String {
    if !table(locale).decimal_comma {
        return super::types::group(n);
    }
    let s = n.to_string();
    if s.len() <= 4 {
        return s;
    }
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

const YES: (&str, &str) = ("yes", "Sí");
const NO: (&str, &str) = ("no", "No");
const NONE: (&str, &str) = ("none", "Ninguna de estas");

const fn t(
    title: &'static str,
    help: Option<&'static str>,
    topic: &'static str,
    labels: &'static [(&'static str, &'static str)],
) -> QuestionText {
    QuestionText {
        title,
        help,
        topic,
        labels,
    }
}

static QUESTIONS: &[(&str, QuestionText)] = &[
    (
        ids::EMERGENCY,
        t(
            "Ahora mismo, o en algún momento de hoy, ¿ha tenido alguna de estas cosas?",
            Some("Si marca cualquiera de estas, el cuestionario se detiene y le decimos a quién llamar."),
            "señales que necesitan ayuda rápida",
            &[
                ("breathless", "Le falta el aire de repente"),
                ("chest_pain", "Dolor en el pecho, o sensación de opresión o de peso en el pecho, de cualquier tipo"),
                ("cough_blood", "Tos con sangre"),
                ("fainted", "Se desmayó o perdió el conocimiento"),
                ("not_sure", "No lo sé"),
                NONE,
            ],
        ),
    ),
    (
        ids::LIMB,
        t(
            "¿A una de sus piernas o a uno de sus pies le pasó de repente alguna de estas cosas?",
            Some("De repente quiere decir en minutos u horas, no poco a poco durante meses."),
            "una pierna o un pie que cambió de repente",
            &[
                ("pain", "Mucho dolor"),
                ("pale", "Piel pálida, blanca o azulada"),
                ("cold", "Piel fría al tocarla"),
                ("numb", "Adormecimiento o falta de sensibilidad"),
                ("weak", "Difícil de mover"),
                ("not_sure", "No lo sé"),
                NONE,
            ],
        ),
    ),
    (
        ids::BLEEDING,
        t(
            "¿Le está sangrando ahora una vena de la pierna, y la sangre no para?",
            None,
            "una vena que sangra",
            &[YES, NO],
        ),
    ),
    (
        ids::URGENT,
        t(
            "¿Tiene ahora alguna de estas cosas?",
            Some("Marque todas las que tenga. Cualquiera de ellas, aunque sea una sola, es motivo para ver a un médico hoy."),
            "señales para ver a un médico hoy",
            &[
                (
                    "leg_pain",
                    "Dolor nuevo en una sola pierna, muchas veces como latidos o como un calambre, por lo general en la pantorrilla o el muslo",
                ),
                ("leg_swelling", "Hinchazón nueva en una sola pierna"),
                (
                    "leg_warm",
                    "Una pierna que se siente caliente al tocarla, quizás con la piel roja o más oscura",
                ),
                (
                    "swelling_breathless",
                    "Hinchazón en las dos piernas que es nueva o está empeorando, y le falta el aire al moverse o al acostarse boca arriba, o necesita más almohadas para dormir",
                ),
                (
                    "red_hot_skin",
                    "Una zona de la piel de la pierna roja o más oscura, caliente, dolorosa e hinchada, y usted tiene fiebre o se siente mal",
                ),
                ("groin_vein", "Una vena dura y dolorosa en el muslo o en la ingle"),
                (
                    "rest_pain",
                    "Dolor en el pie o en los dedos del pie cuando está en reposo, peor de noche, que se alivia si deja colgar la pierna fuera de la cama",
                ),
                ("black_skin", "Piel negra en un dedo del pie o en el pie"),
                (
                    "bad_wound",
                    "Una llaga o herida en la pierna o el pie que se está extendiendo, huele mal o le sale líquido, o que viene con fiebre",
                ),
                ("vein_bled", "Una vena de la pierna que sangró en los últimos días"),
                NONE,
            ],
        ),
    ),
    (
        ids::SOON,
        t(
            "¿Y tiene alguna de estas dos cosas?",
            None,
            "señales para ver pronto a un médico",
            &[
                (
                    "sore",
                    "Una llaga abierta en la parte baja de la pierna o en el pie que no ha sanado en 2 semanas",
                ),
                ("hard_vein", "Una línea dura, dolorosa y roja a lo largo de una vena, debajo de la rodilla"),
                NONE,
            ],
        ),
    ),
    (
        ids::AGE,
        t(
            "¿Cuántos años tiene?",
            None,
            "su edad",
            &[
                ("under_18", "Menos de 18"),
                ("18_39", "De 18 a 39"),
                ("40_64", "De 40 a 64"),
                ("65_plus", "65 o más"),
            ],
        ),
    ),
    (
        ids::SEX,
        t(
            "¿Cuál es su sexo?",
            Some("Lo usamos para las cifras de agua y para saber si preguntarle por el embarazo. Puede saltar esta pregunta."),
            "su sexo",
            &[("female", "Mujer"), ("male", "Hombre"), ("skip", "Prefiero no decirlo")],
        ),
    ),
    (
        ids::BODY,
        t(
            "¿Cuánto mide y cuánto pesa?",
            Some("Puede saltar esta pregunta. La usamos para su IMC y para una cifra de agua. Se queda en su dispositivo."),
            "su estatura y su peso",
            &[("height", "Estatura"), ("weight", "Peso")],
        ),
    ),
    (
        ids::PREGNANCY,
        t(
            "¿Está embarazada, o dio a luz en las últimas 6 semanas?",
            None,
            "embarazo",
            &[
                ("no", "No"),
                ("pregnant", "Estoy embarazada"),
                ("recent_birth", "Di a luz en las últimas 6 semanas"),
            ],
        ),
    ),
    (
        ids::PREECLAMPSIA,
        t(
            "Como está embarazada o acaba de tener un bebé: ¿tiene ahora alguna de estas cosas?",
            Some("Marque todas las que tenga. Hay que revisarlas el mismo día."),
            "señales que revisar en el embarazo",
            &[
                (
                    "face_hands",
                    "Hinchazón de la cara, las manos o los pies que apareció de repente",
                ),
                ("headache", "Un dolor de cabeza fuerte que no se quita"),
                (
                    "vision",
                    "Problemas de la vista, como ver borroso o ver luces o destellos",
                ),
                NONE,
            ],
        ),
    ),
    (
        ids::CONDITIONS,
        t(
            "¿Alguna de estas cosas es su caso?",
            Some("Marque todas las que un médico o una enfermera le haya dicho que tiene. Así los consejos son seguros para usted."),
            "su salud",
            &[
                (
                    "pad",
                    "Enfermedad arterial periférica (arterias de las piernas estrechas), o un bypass o un stent en una pierna",
                ),
                ("diabetes", "Diabetes"),
                ("neuropathy", "Pies dormidos o daño en los nervios de los pies"),
                ("heart_failure", "Insuficiencia cardíaca"),
                ("kidney", "Enfermedad de los riñones, o le dijeron que limite cuánto líquido toma"),
                ("high_bp", "Presión arterial alta"),
                ("cholesterol", "Colesterol alto"),
                ("heart", "Un ataque al corazón (infarto), angina de pecho o un derrame cerebral"),
                (
                    "clot",
                    "Un coágulo de sangre en una pierna (trombosis venosa profunda, TVP) o en los pulmones (embolia pulmonar)",
                ),
                ("venous", "Várices o venas débiles en las piernas (insuficiencia venosa)"),
                ("skin", "Piel frágil, eccema o heridas en las piernas"),
                ("allergy", "Alergia al elástico o al látex"),
                ("family", "Su padre, su madre o un hermano o hermana con várices o coágulos de sangre"),
                NONE,
            ],
        ),
    ),
    (
        ids::THINNER,
        t(
            "¿Toma algún anticoagulante?",
            Some("Son medicinas para que la sangre no forme coágulos tan fácilmente. A veces los llaman medicinas para diluir la sangre."),
            "anticoagulantes",
            &[
                ("warfarin", "Sí, warfarina"),
                ("other", "Sí, otro (por ejemplo, apixabán o rivaroxabán)"),
                ("none", "No"),
                ("not_sure", "No lo sé"),
            ],
        ),
    ),
    (
        ids::DIABETIC_FOOT,
        t(
            "Por un problema de salud que marcó: en las últimas semanas, ¿ha notado alguna de estas cosas en los pies?",
            Some("La diabetes y las arterias estrechas pueden hacer que las heridas sanen más lento, así que los cambios en los pies se deben revisar pronto."),
            "cambios en los pies",
            &[
                ("sore", "Una llaga, ampolla o corte que es nuevo o que no está sanando"),
                ("colour", "Piel que se ve más roja, más pálida, más oscura o azulada"),
                ("temperature", "Un pie, o parte de él, que se siente más caliente o más frío de lo normal"),
                NONE,
            ],
        ),
    ),
    (
        ids::WALK,
        t(
            "¿Siente dolor o molestia en una pierna o en las dos cuando camina?",
            None,
            "dolor al caminar",
            &[YES, NO, ("cannot", "No puedo caminar")],
        ),
    ),
    (
        ids::START_STILL,
        t(
            "¿Alguna vez este dolor empieza mientras descansa, de pie o en una silla, sin caminar?",
            None,
            "dolor que empieza en reposo",
            &[YES, NO],
        ),
    ),
    (
        ids::UPHILL,
        t(
            "¿Le da cuando camina cuesta arriba o deprisa?",
            None,
            "dolor al caminar cuesta arriba o deprisa",
            &[YES, NO, ("never", "Nunca camino cuesta arriba ni deprisa")],
        ),
    ),
    (
        ids::LEVEL,
        t(
            "¿Le da cuando camina a paso normal en un terreno plano?",
            None,
            "dolor a paso normal",
            &[YES, NO],
        ),
    ),
    (
        ids::STAND,
        t(
            "Si se queda de pie sin moverse, ¿qué suele pasar con el dolor?",
            None,
            "qué pasa cuando se detiene",
            &[
                ("goes", "Por lo general se quita en 10 minutos o menos"),
                ("stays", "Por lo general dura más de 10 minutos"),
            ],
        ),
    ),
    (
        ids::WHERE,
        t(
            "¿Dónde lo siente?",
            Some("Marque todas las que correspondan."),
            "dónde siente el dolor al caminar",
            &[
                ("calf", "Pantorrilla (la parte de atrás de la pierna, debajo de la rodilla)"),
                ("thigh", "Muslo"),
                ("buttock", "Nalga"),
                ("shin", "Espinilla"),
                ("foot", "Pie"),
                ("joints", "La articulación de la rodilla, el tobillo o la cadera"),
                ("elsewhere", "En otro lugar"),
                ("unsure", "No sé decir dónde"),
            ],
        ),
    ),
    (
        ids::LOOK,
        t(
            "En las últimas 2 semanas, ¿ha notado alguna de estas cosas en las piernas?",
            Some("Piense en la pierna que está peor. Marque todas las que tenga."),
            "cómo se ven sus piernas",
            &[
                ("spider", "Arañas vasculares (líneas muy finas de color rojo, azul o morado)"),
                ("bulging", "Venas abultadas o torcidas cuando está de pie"),
                ("swelling", "Hinchazón"),
                ("brown", "Manchas de color café o marrón en la piel cerca del tobillo"),
                ("rash", "Un sarpullido (erupción) con picazón y escamas cerca del tobillo"),
                ("hard_skin", "Piel dura y tensa cerca del tobillo"),
                ("white_patches", "Manchas blancas, como cicatrices, cerca del tobillo"),
                ("healed_ulcer", "Una úlcera en la pierna (una llaga que tarda en sanar) que ya sanó"),
                NONE,
            ],
        ),
    ),
    (
        ids::SWELL_WHERE,
        t(
            "¿Hasta dónde sube la hinchazón?",
            None,
            "hasta dónde llega la hinchazón",
            &[
                ("ankle", "Pie y tobillo"),
                ("below_knee", "Hasta debajo de la rodilla"),
                ("above_knee", "Hasta la rodilla o más arriba"),
            ],
        ),
    ),
    (
        ids::SWELL_WHEN,
        t(
            "¿Cuándo tiene la hinchazón?",
            None,
            "cuándo tiene la hinchazón",
            &[
                ("evening", "Sobre todo en la tarde o la noche"),
                ("all_day", "Todo el día"),
                ("waking", "Ya la tengo al despertar"),
            ],
        ),
    ),
    (
        ids::SWELL_SIDE,
        t(
            "¿La hinchazón está en una pierna o en las dos?",
            None,
            "qué piernas se hinchan",
            &[("one", "En una pierna"), ("both", "En las dos piernas")],
        ),
    ),
    (
        ids::SWELL_SINCE,
        t(
            "¿Cuándo empezó la hinchazón?",
            None,
            "cuándo empezó la hinchazón",
            &[
                ("recent", "En las últimas semanas"),
                ("long", "Hace meses o años"),
                ("not_sure", "No lo sé"),
            ],
        ),
    ),
    (
        ids::SWELL_BREATH,
        t(
            "Con esta hinchazón, ¿le falta el aire al moverse o al acostarse boca arriba, o necesita más almohadas para dormir?",
            None,
            "falta de aire con la hinchazón",
            &[YES, NO, ("unsure", "No lo sé")],
        ),
    ),
    (
        ids::RATINGS,
        t(
            "En las últimas 2 semanas, ¿cuánto ha sentido cada una de estas cosas en las piernas?",
            Some("Para cada una, elija Nada, Leve, Moderado o Fuerte."),
            "los síntomas de sus piernas",
            &[
                ("heaviness", "Pesadez"),
                ("aching", "Dolor o molestia"),
                ("swelling", "Sensación de hinchazón"),
                ("throbbing", "Punzadas o latidos"),
                ("itching", "Picazón"),
                ("cramps", "Calambres"),
                ("tingling", "Hormigueo"),
                ("0", "Nada"),
                ("1", "Leve"),
                ("2", "Moderado"),
                ("3", "Fuerte"),
            ],
        ),
    ),
    (
        ids::PATTERN,
        t(
            "¿Cuándo se sienten peor sus piernas?",
            None,
            "cuándo es peor",
            &[
                ("venous", "Al final del día, y mejor con las piernas en alto"),
                ("arterial", "Al caminar, y mejor cuando me detengo"),
                ("rest", "En reposo o de noche"),
                ("none", "No hay un patrón"),
            ],
        ),
    ),
    (
        ids::ACTIVITY,
        t(
            "¿Cuánta actividad física hace en una semana normal?",
            Some("La actividad moderada le da calor y hace que respire más rápido, como caminar a paso rápido o andar en bicicleta."),
            "su actividad",
            &[
                ("minutes", "Minutos de actividad moderada a la semana"),
                ("strength", "Días a la semana que hace ejercicios de fuerza (pesas, ligas de ejercicio, trabajo pesado en el jardín)"),
                ("min_0", "Ninguno"),
                ("min_lt60", "Menos de 60"),
                ("min_60_149", "De 60 a 149"),
                ("min_150_300", "De 150 a 300"),
                ("min_gt300", "Más de 300"),
                ("str_0", "Ninguno"),
                ("str_1", "1 día"),
                ("str_2plus", "2 días o más"),
            ],
        ),
    ),
    (
        ids::DAY,
        t(
            "En un día normal:",
            None,
            "su día",
            &[
                ("still", "¿Cuántas horas pasa en una silla o de pie sin moverse?"),
                ("breaks", "¿Cada cuánto se levanta y se mueve un poco?"),
                ("legs_up", "Cuando descansa, ¿qué tan seguido pone las piernas en alto?"),
                ("still_lt4", "Menos de 4 horas"),
                ("still_4_8", "De 4 a 8 horas"),
                ("still_gt8", "Más de 8 horas"),
                ("breaks_hourly", "Por lo menos una vez cada hora"),
                ("breaks_some", "Cada varias horas"),
                ("breaks_rare", "Casi nunca"),
                ("up_often", "Muchas veces"),
                ("up_some", "A veces"),
                ("up_rare", "Casi nunca"),
            ],
        ),
    ),
    (
        ids::SMOKING,
        t(
            "¿Fuma?",
            Some("Cuente cigarrillos, puros y pipa."),
            "fumar",
            &[
                ("never", "Nunca he fumado"),
                ("quit_long", "Dejé de fumar hace más de un año"),
                ("quit_recent", "Dejé de fumar en el último año"),
                ("current", "Fumo ahora"),
            ],
        ),
    ),
    (
        ids::DIET,
        t(
            "¿Qué suele comer y beber?",
            None,
            "lo que come y bebe",
            &[
                ("drinks", "Vasos o tazas de bebidas al día (agua, té, café, leche, jugo)"),
                ("salt", "Qué tan seguido come alimentos salados o procesados (snacks salados, comidas preparadas, embutidos o carnes frías)"),
                ("veg", "Porciones de frutas y verduras al día"),
                ("fish", "Porciones de pescado graso a la semana (salmón, sardinas, macarela o caballa)"),
                ("drinks_0_3", "De 0 a 3"),
                ("drinks_4_5", "De 4 a 5"),
                ("drinks_6_8", "De 6 a 8"),
                ("drinks_9plus", "9 o más"),
                ("salt_rare", "Casi nunca"),
                ("salt_some", "Algunos días"),
                ("salt_most", "Casi todos los días"),
                ("veg_0_2", "De 0 a 2"),
                ("veg_3_4", "De 3 a 4"),
                ("veg_5plus", "5 o más"),
                ("fish_0", "Ninguna"),
                ("fish_1", "1 porción"),
                ("fish_2plus", "2 o más"),
            ],
        ),
    ),
    (
        ids::COMPRESSION,
        t(
            "¿Usa ahora medias de compresión?",
            None,
            "medias de compresión",
            &[
                ("no", "No"),
                ("shop", "Sí, unas que compré yo"),
                ("prescribed", "Sí, unas que me dio un médico o una enfermera"),
            ],
        ),
    ),
    (
        ids::SLEEP_IN,
        t("¿Duerme con ellas puestas?", None, "dormir con medias de compresión", &[YES, NO]),
    ),
    (
        ids::TRAVEL,
        t(
            "¿Ha hecho un viaje de más de 4 horas en las últimas 4 semanas, o tiene uno planeado?",
            Some("En avión, carro, autobús o tren."),
            "viajes largos",
            &[
                ("recent", "Sí, en las últimas 4 semanas"),
                ("planned", "Sí, tengo uno planeado"),
                ("no", "No"),
            ],
        ),
    ),
];

pub(super) fn question(_locale: Locale, id: &str) -> Option<QuestionText> {
    QUESTIONS.iter().find(|(k, _)| *k == id).map(|(_, q)| *q)
}

pub(super) fn module(_locale: Locale, m: Module) -> &'static str {
    match m {
        Module::Safety => "Primero, unas preguntas de seguridad",
        Module::AboutYou => "Sobre usted",
        Module::Conditions => "Su salud y sus medicinas",
        Module::WalkingPain => "Dolor al caminar",
        Module::Legs => "Cómo se ven y se sienten sus piernas",
        Module::Habits => "Sus hábitos",
    }
}

pub(super) fn progress(_locale: Locale, p: Progress) -> String {
    match p.left() {
        0 => "Última pregunta".to_string(),
        1 => "Falta más o menos 1 pregunta".to_string(),
        n => format!("Faltan más o menos {n} preguntas"),
    }
}

pub(super) fn level(locale: Locale, level: Level, urgency: Urgency) -> LevelText {
    let loc = table(locale);
    let seen_first =
        "Lo primero es ver a un médico, por eso hoy no le mostramos consejos ni productos.";
    match (level, urgency) {
        (Level::Emergency, _) => LevelText {
            heading: loc.emergency_heading.to_string(),
            action: format!(
                "Sus respuestas incluyen una señal que necesita ayuda de inmediato. {} {}",
                loc.emergency_call, loc.dont_drive
            ),
            detail: "Si tiene dudas, llame de todos modos. Allí le dirán qué hacer.",
        },
        (Level::Urgent, Urgency::EmergencyDepartment) => LevelText {
            heading: loc.ed_heading.to_string(),
            action: format!(
                "Con diabetes o con arterias estrechas, la piel negra o una herida infectada se tienen que revisar en el hospital de inmediato. {} Si se siente muy mal, llame {}.",
                loc.ed_now, loc.emergency
            ),
            detail: seen_first,
        },
        (Level::Urgent, Urgency::Maternity) => LevelText {
            heading: loc.maternity_heading.to_string(),
            action: format!(
                "Algunas de sus respuestas coinciden con señales que hay que revisar hoy, y en el embarazo o poco después del parto eso quiere decir ahora. {} Si empeora rápido, llame {}.",
                loc.maternity, loc.emergency
            ),
            detail: seen_first,
        },
        (Level::Urgent, Urgency::SameDay) => LevelText {
            heading: "Vea a un médico hoy".to_string(),
            action: format!(
                "Algunas de sus respuestas coinciden con señales que un médico debe revisar hoy. {} Si empeora rápido, llame {}.",
                loc.same_day, loc.emergency
            ),
            detail: seen_first,
        },
        (Level::Soon, _) => LevelText {
            heading: "Pida pronto una cita con un médico".to_string(),
            action: "Algunas de sus respuestas coinciden con cosas que un médico puede revisar. Pida una cita para dentro de las próximas 2 semanas, más o menos, y lleve esta lista.".to_string(),
            detail: "Si empeora rápido, busque ayuda antes. Mientras tanto, los consejos seguros de abajo le pueden ayudar.",
        },
        (Level::SelfCare, _) => LevelText {
            heading: "Consejos para sus piernas".to_string(),
            action: "Ninguna de sus respuestas indica una señal de alarma. Estos son consejos que van con sus respuestas.".to_string(),
            detail: "Busque ayuda rápido si de repente una pierna le duele mucho, se hincha, se pone pálida o fría, o si de repente le falta el aire.",
        },
    }
}

pub(super) fn under_18_note(_locale: Locale) -> &'static str {
    "Este chequeo es para personas adultas de 18 años o más, así que sus consejos no son los adecuados para usted. Si le duelen las piernas, se le hinchan o se ven diferentes, por favor cuénteselo a su madre o su padre, a la persona que cuida de usted, a la enfermera de la escuela o a un médico."
}

pub(super) fn adult_help(_locale: Locale, level: Level) -> Option<&'static str> {
    match level {
        Level::Emergency | Level::Urgent => Some("Por favor, cuénteselo ahora mismo a su madre o su padre, a la persona que cuida de usted o a otra persona adulta de confianza, y pídale que le ayude a ver a un médico hoy."),
        Level::Soon => Some("Por favor, cuénteselo a su madre o su padre, a la persona que cuida de usted o a otra persona adulta de confianza, y pídale que le ayude a pedir una cita con un médico."),
        Level::SelfCare => None,
    }
}

pub(super) fn first_aid(_locale: Locale, reasons: &[Reason]) -> Vec<&'static str> {
    let mut out = Vec::new();
    if reasons.iter().any(|r| r.question == ids::BLEEDING) {
        out.push("Mientras espera: acuéstese, levante la pierna que sangra lo más alto que pueda y apriete con fuerza el lugar con un paño limpio.");
    }
    if reasons.iter().any(|r| r.question == ids::EMERGENCY) {
        out.push("Mientras espera: siéntese derecho si así respira mejor, y si puede, pida a alguien que se quede con usted.");
    }
    if reasons.iter().any(|r| r.question == ids::LIMB) {
        out.push("Mientras espera: mantenga la pierna quieta y estirada sobre una superficie plana. No la levante, no le dé calor y no la frote.");
    }
    out
}

pub(super) fn reason(locale: Locale, r: &Reason) -> String {
    let q = question(locale, r.question);
    let label = |id: &str| q.and_then(|q| q.label(id)).unwrap_or("");
    let topic = q.map_or("", |q| q.topic);
    match r.said {
        Said::Opt(o) => format!("Usted dijo \u{201c}{}\u{201d} ({topic}).", label(o)),
        // Quoted as on screen: no lowercasing (Spanish labels are not ASCII).
        Said::Rated { item, value } => format!(
            "Usted marcó \u{201c}{}\u{201d} para \u{201c}{}\u{201d}.",
            label(crate::questions::RATING_VALUES[usize::from(value.min(3))]),
            label(item)
        ),
        Said::Row { row, option } => format!(
            "Usted dijo \u{201c}{}\u{201d} en \u{201c}{}\u{201d}.",
            label(option),
            label(row)
        ),
    }
}

fn has(rec: &Recommendation, q: &str, o: &str) -> bool {
    let hit = |r: &Reason| r.question == q && matches!(r.said, Said::Opt(x) if x == o);
    rec.reasons.iter().any(hit)
        || matches!(&rec.status, Status::AskClinicianFirst { gates } if gates.iter().any(hit))
}

fn vol(locale: Locale, v: Volume) -> String {
    let sym = &table(locale).units;
    match v.unit {
        VolumeUnit::Ml if v.amount >= 1000 => format!(
            "{} {}",
            decimal(locale, round_div(u64::from(v.amount), 100)),
            sym.litres
        ),
        VolumeUnit::Ml => format!("{} {}", group(locale, v.amount), sym.ml),
        VolumeUnit::FlOz => format!("{} {}", group(locale, v.amount), sym.fl_oz),
    }
}

/// "alrededor de" before a volume, never "unos"/"unas": litres and
/// millilitres are masculine, ounces feminine.
fn water_lines(locale: Locale, w: &Water) -> Vec<String> {
    let sym = &table(locale).units;
    let mut out = vec![format!(
        "Una guía sencilla es tomar de {} a {} vasos de líquido al día. El agua, la leche baja en grasa, el té y el café cuentan.",
        w.glasses_low, w.glasses_high
    )];
    let total = |who: &str, v: Volume| {
        format!(
            "En total, entre bebidas y comida, {who} necesitan alrededor de {} de agua al día.",
            vol(locale, v)
        )
    };
    match w.applies {
        WaterFor::Women => out.push(total("las mujeres", w.women)),
        WaterFor::Men => out.push(total("los hombres", w.men)),
        WaterFor::Both => out.push(format!(
            "En total, entre bebidas y comida, las mujeres necesitan alrededor de {} y los hombres alrededor de {} de agua al día.",
            vol(locale, w.women),
            vol(locale, w.men)
        )),
    }
    // Revision 3: without the visitor's sex, say which figure the cap used.
    let unsaid_sex = w.applies == WaterFor::Both;
    out.push(
        "Si su orina es de color amarillo claro, es probable que esté tomando suficiente líquido."
            .to_string(),
    );
    if let Some(r) = w.rule_of_thumb {
        let weight = match r.weight_unit {
            WeightUnit::Lb => format!("{} {}", group(locale, r.weight), sym.lb),
            WeightUnit::Kg => format!("{} {}", group(locale, r.weight), sym.kg),
        };
        let metric = match r.weight_unit {
            WeightUnit::Lb => "",
            WeightUnit::Kg => " (unos 33 ml por cada kilo)",
        };
        out.push(if r.capped {
            format!(
                "Una regla práctica muy conocida, que no es una recomendación oficial, es tomar media onza de agua por cada libra de peso{metric}. Para {weight}, daría más que la cifra oficial de arriba, así que le damos la cifra oficial: alrededor de {} al día, entre bebidas y comida.{}",
                vol(locale, r.drink),
                if unsaid_sex {
                    " Como no nos dijo su sexo, usamos la cifra más baja, la de las mujeres."
                } else {
                    ""
                }
            )
        } else {
            format!(
                "Una regla práctica muy conocida, que no es una recomendación oficial, es tomar media onza de agua por cada libra de peso{metric}. Para {weight}, serían alrededor de {} al día. Las cifras oficiales de arriba van primero.",
                vol(locale, r.drink)
            )
        });
    }
    out
}

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

pub(super) fn recommendation(locale: Locale, rec: &Recommendation) -> RecText {
    let gated = !matches!(rec.status, Status::Allowed);
    match rec.id {
        RecId::Smoking => smoking_text(locale),
        RecId::WalkingPlan => walking_plan_text(rec),
        RecId::FootCare => foot_care_text(),
        RecId::Warfarin => warfarin_text(rec),
        RecId::Compression => compression_text(locale, rec, gated),
        RecId::Elevation => elevation_text(rec, gated),
        RecId::MovementBreaks => movement_breaks_text(),
        RecId::Activity => activity_text(),
        RecId::Travel => travel_text(locale, rec),
        RecId::Salt => salt_text(locale),
        RecId::Water => water_text(locale, rec, gated),
        RecId::Vegetables => vegetables_text(gated),
        RecId::OilyFish => oily_fish_text(),
        RecId::Stretching => stretching_text(),
    }
}

fn smoking_text(locale: Locale) -> RecText {
    let loc = table(locale);
    RecText {
        title: "Deje de fumar: el paso más importante para sus arterias",
        body: vec![
            "Fumar estrecha y daña los vasos sanguíneos, también los de las piernas.".to_string(),
            "La circulación empieza a mejorar entre 2 y 12 semanas después de dejar de fumar."
                .to_string(),
            loc.quit_help.to_string(),
        ],
    }
}

fn walking_plan_text(rec: &Recommendation) -> RecText {
    RecText {
        title: "Pregunte a su médico por un plan de caminatas con supervisión",
        body: lines(&[
            // "Walking pain like yours" only to people with walking pain.
            if has(rec, ids::WALK, "yes") {
                "Para un dolor al caminar como el suyo, un plan regular de caminatas es el primer tratamiento que usan los médicos."
            } else {
                "Cuando las arterias de las piernas están estrechas, un plan regular de caminatas es uno de los primeros tratamientos que usan los médicos."
            },
            "Por lo general consiste en caminar hasta que el dolor se ponga fuerte, descansar hasta que se quite y volver a caminar: unas 2 horas a la semana durante 3 meses, mejor con un equipo capacitado.",
            "Pregunte a su médico si hay una clase de ejercicio supervisado cerca de usted.",
        ]),
    }
}

fn foot_care_text() -> RecText {
    RecText {
        title: "Revise sus pies todos los días",
        body: lines(&[
            "Mire la parte de arriba, la planta y entre los dedos. Un espejo le puede ayudar.",
            "Fíjese si hay cortes, ampollas, hinchazón, piel que cambia de color o un lugar que se siente más caliente o más frío.",
            "Si encuentra algo nuevo, haga que se lo revisen el mismo día.",
            "Use zapatos que le queden bien, y pida a un profesional de la salud que le revise los pies por lo menos una vez al año.",
        ]),
    }
}

fn warfarin_text(rec: &Recommendation) -> RecText {
    let mut body = lines(&[
        "Las verduras de hoja verde, como la espinaca, la col rizada (kale) y el brócoli, tienen vitamina K, que cambia cómo funciona la warfarina. Coma más o menos la misma cantidad cada semana, en vez de comer mucho más de repente.",
        "No tome jugo de arándano rojo ni jugo de toronja (pomelo), que también pueden cambiar cómo funciona la warfarina.",
        "Pregunte a su farmacéutico antes de empezar una dieta, un suplemento o un remedio de hierbas nuevo.",
    ]);
    if has(rec, ids::THINNER, "not_sure") {
        body.push("Si no sabe qué anticoagulante toma, pregúntele a su farmacéutico.".to_string());
    }
    RecText {
        title: "Si toma warfarina: coma una cantidad estable de verduras de hoja verde",
        body,
    }
}

fn compression_text(locale: Locale, rec: &Recommendation, gated: bool) -> RecText {
    let loc = table(locale);
    if gated {
        let gates = match &rec.status {
            Status::AskClinicianFirst { gates } => gates.as_slice(),
            Status::Allowed => &[],
        };
        // Pregnancy alone is a reason to ask which strength, not a
        // warning: compression is often used for swelling in pregnancy.
        let only_pregnancy = gates.iter().all(|g| g.question == ids::PREGNANCY);
        let mut body = if only_pregnancy {
            lines(&[
                "Las medias de compresión se usan mucho para la hinchazón y el dolor de piernas en el embarazo y después del parto, y pueden aliviarlos.",
                "Antes de comprar unas, pregunte a su partera o a su médico qué tipo y qué presión son adecuados para usted.",
            ])
        } else {
            lines(&[
                "Algunas de sus respuestas indican que la compresión podría no ser segura para usted sin una revisión antes. Una enfermera o un médico pueden revisar la circulación de sus piernas y decirle qué tipo y qué presión le convienen.",
                "Hasta entonces, por favor no compre ni empiece a usar medias de compresión.",
            ])
        };
        if has(rec, ids::COMPRESSION, "prescribed") {
            body.push("Siga usando las medias que le recetaron como le indicó su equipo médico, y pregúnteles antes de cambiar algo.".to_string());
        }
        if !only_pregnancy
            && (has(rec, ids::PREGNANCY, "pregnant") || has(rec, ids::PREGNANCY, "recent_birth"))
        {
            body.push("En el embarazo y después del parto, la compresión se usa mucho para la hinchazón: su partera o su médico le pueden decir si es adecuada para usted.".to_string());
        }
        RecText {
            title: "Pregunte a un profesional de la salud antes de usar compresión",
            body,
        }
    } else {
        let mut body = vec![
            format!(
                "Elija medias hasta la rodilla, graduadas (más apretadas en el tobillo y más flojas hacia arriba), de no más de 20 mmHg.{}",
                loc.otc_note
            ),
            "Póngaselas en la mañana y quíteselas a la hora de dormir. No duerma con ellas."
                .to_string(),
        ];
        if has(rec, ids::SLEEP_IN, "yes") {
            body.push("Usted dijo que duerme con las suyas: mejor quíteselas a la hora de dormir, y apoye las piernas sobre una almohada si se le hinchan.".to_string());
        }
        body.extend(lines(&[
            "Cámbielas cada 3 a 6 meses, porque con el tiempo aprietan menos.",
            "Para saber su talla, tome las medidas en una silla, en la mañana si se le hinchan las piernas: el tobillo en su parte más delgada, justo arriba de los huesos del tobillo, y la pantorrilla en su parte más ancha.",
            "Las medias más fuertes (de 20 a 30 o de 30 a 40 mmHg) son solo para después de que un profesional de la salud le haya revisado las piernas.",
            "La compresión no cura las várices, pero puede aliviar el dolor, la pesadez y la hinchazón.",
            "Quíteselas y pida consejo si la piel le duele, le queda marcada, se le duerme o se pone pálida.",
        ]));
        RecText {
            title: "Pruebe medias de compresión suaves durante el día",
            body,
        }
    }
}

fn elevation_text(rec: &Recommendation, gated: bool) -> RecText {
    if gated {
        let gates = match &rec.status {
            Status::AskClinicianFirst { gates } => gates.as_slice(),
            Status::Allowed => &[],
        };
        let heart = gates
            .iter()
            .any(|g| g.question == ids::CONDITIONS && g.said == Said::Opt("heart_failure"));
        let arteries = gates
            .iter()
            .any(|g| !(g.question == ids::CONDITIONS && g.said == Said::Opt("heart_failure")));
        let mut body = Vec::new();
        if arteries || !heart {
            body.push("Algunas de sus respuestas apuntan a las arterias. Cuando las arterias de las piernas están estrechas, subir las piernas puede empeorar el dolor, así que pregunte antes a un médico.".to_string());
        }
        if heart {
            body.push("Con insuficiencia cardíaca, tener las piernas en alto mucho tiempo puede mover líquido hacia el corazón y los pulmones. Pregunte a su equipo médico si es adecuado para usted.".to_string());
        }
        RecText {
            title: "Pregunte a su equipo médico antes de tener las piernas en alto mucho tiempo",
            body,
        }
    } else {
        RecText {
            title: "Ponga las piernas en alto cuando descanse",
            body: lines(&[
                "Unas cuantas veces al día, acuéstese y apoye las piernas sobre almohadas para que los pies queden más altos que la cadera.",
                "En la noche, una almohada debajo de la parte baja de las piernas puede ayudar a que baje la hinchazón.",
                "Esto ayuda a que la sangre de las venas regrese al corazón.",
            ]),
        }
    }
}

fn movement_breaks_text() -> RecText {
    RecText {
        title: "Haga pausas para moverse y ejercite las pantorrillas",
        body: lines(&[
            "Los músculos de la pantorrilla empujan la sangre hacia arriba por las piernas cada vez que se aprietan.",
            "Si pasa mucho tiempo en una silla o de pie, muévase cada 30 a 60 minutos: camine un poco o póngase de puntillas 10 veces.",
            "En la silla, haga círculos con los tobillos y mueva las puntas de los pies hacia arriba y hacia abajo.",
        ]),
    }
}

fn activity_text() -> RecText {
    RecText {
        title: "Muévase un poco más cada semana",
        body: lines(&[
            "Trate de hacer de 150 a 300 minutos de actividad moderada a la semana, como caminar a paso rápido o andar en bicicleta. Por ejemplo, 30 minutos 5 días a la semana.",
            "Agregue ejercicios de fuerza 2 días a la semana.",
            "Empiece poco a poco y vaya aumentando. Cualquier movimiento es mejor que nada.",
        ]),
    }
}

fn travel_text(locale: Locale, rec: &Recommendation) -> RecText {
    let loc = table(locale);
    let mut body = lines(&[
        "Más o menos cada hora, levántese y camine un poco si puede.",
        "En su asiento, haga círculos con los tobillos y mueva las puntas de los pies hacia arriba y hacia abajo.",
        "Tome agua, tome poco alcohol y use ropa holgada.",
    ]);
    if has(rec, ids::TRAVEL, "recent") {
        body.push(format!(
            "En las semanas después de un viaje largo, busque ayuda el mismo día si una pierna le empieza a doler, se le hincha o se le pone caliente (basta con una de estas cosas), y llame {} si de repente le falta el aire.",
            loc.emergency
        ));
    }
    RecText {
        title: "En viajes largos, mantenga las piernas en movimiento",
        body,
    }
}

fn salt_text(locale: Locale) -> RecText {
    RecText {
        title: "Coma menos sal",
        body: vec![
            "Demasiada sal hace que el cuerpo retenga agua, y eso puede aumentar la hinchazón y subir la presión arterial.".to_string(),
            format!(
                "Trate de comer menos de 5 g de sal al día (más o menos una cucharadita), que son {} mg de sodio. El límite máximo de la Asociación Americana del Corazón (American Heart Association) es de {} mg de sodio.",
                group(locale, 2000),
                group(locale, 2300)
            ),
            "La mayor parte de la sal está escondida en el pan, las comidas preparadas, los embutidos y los snacks salados, así que lea las etiquetas.".to_string(),
        ],
    }
}

fn water_text(locale: Locale, rec: &Recommendation, gated: bool) -> RecText {
    if gated {
        RecText {
            title: "Siga los consejos de su equipo médico sobre los líquidos",
            body: lines(&[
                "Por su problema del corazón o de los riñones, la cantidad correcta de líquido es diferente para usted. Siga el plan que le dio su equipo médico, y pregúnteles antes de cambiarlo.",
            ]),
        }
    } else {
        RecText {
            title: "Tome suficiente líquido durante el día",
            body: match &rec.detail {
                Detail::Water(w) => water_lines(locale, w),
                Detail::None => lines(&[
                    "Si su orina es de color amarillo claro, es probable que esté tomando suficiente líquido.",
                ]),
            },
        }
    }
}

fn vegetables_text(gated: bool) -> RecText {
    if gated {
        RecText {
            title: "Pregunte antes de cambiar cuántas verduras y frutas come",
            body: lines(&[
                "Con warfarina, comer de repente muchas más verduras de hoja verde puede cambiar cómo funciona su medicina. Con enfermedad de los riñones, puede ser necesario limitar algunas frutas y verduras.",
                "Pregunte a su médico, su farmacéutico o un nutricionista cómo comer más frutas y verduras sin riesgo.",
            ]),
        }
    } else {
        RecText {
            title: "Coma muchas verduras y frutas",
            body: lines(&[
                "Trate de comer por lo menos 5 porciones de frutas y verduras al día.",
                "El betabel (remolacha) y las verduras de hoja verde tienen nitratos, que pueden ayudar a que los vasos sanguíneos se relajen. Las frutas cítricas, el pimiento rojo, las fresas y el brócoli tienen vitamina C, que puede ayudar a proteger la capa interna de los vasos sanguíneos.",
                "Estos alimentos ayudan como parte de una alimentación variada. No son un tratamiento.",
            ]),
        }
    }
}

fn oily_fish_text() -> RecText {
    RecText {
        title: "Coma pescado graso dos veces por semana",
        body: lines(&[
            "El salmón, las sardinas, la macarela (caballa) y la trucha tienen grasas omega-3, que son buenas para el corazón y los vasos sanguíneos.",
            "Una porción es más o menos del tamaño de la palma de su mano.",
            "Si no come pescado, las nueces y la linaza también tienen algo de omega-3.",
        ]),
    }
}

fn stretching_text() -> RecText {
    RecText {
        title: "Estire las piernas todos los días",
        body: lines(&[
            "Estirar con suavidad las pantorrillas y los muslos puede ayudar a la circulación y aliviar los calambres.",
            "Mantenga cada estiramiento unos 30 segundos sin rebotar, y pare si le duele.",
        ]),
    }
}

/// A source's title in Spanish: the Spanish page's own title where the
/// citation has one (`SourceId::spanish_page`), otherwise the original's
/// title in Spanish, marked "(en inglés)".
pub(super) fn source_title(_locale: Locale, id: SourceId) -> &'static str {
    use SourceId::*;
    match id {
        CmajStockings => "Medias de compresión graduada (en inglés)",
        SageHaemodynamics => "El efecto de las medias de compresión graduada en la circulación de las venas de las piernas (en inglés)",
        TexasHeartNitrates => "Nitratos (vasodilatadores; en inglés)",
        UrmcOmega3 => "Los ácidos grasos omega-3 y la enfermedad coronaria (en inglés)",
        NhsQuitSmoking => "Dejar de fumar",
        HarvardStretching => "Estirar las piernas podría mejorar la circulación y prevenir derrames cerebrales (en inglés)",
        UsNewsWater => "La verdad sobre cuánta agua hay que tomar (en inglés)",
        NcbiExercise => "Adaptación de los vasos sanguíneos al ejercicio en las personas (en inglés)",
        VumcVitaminC => "La vitamina C protege la capa interna de los vasos sanguíneos (en inglés)",
        NiceCg147 => "Enfermedad arterial periférica: diagnóstico y tratamiento (NICE CG147, en inglés)",
        NiceCg168 => "Várices: diagnóstico y tratamiento (NICE CG168, en inglés)",
        NiceNg89 => "Tromboembolismo venoso en mayores de 16 años: cómo reducir el riesgo (NICE NG89, en inglés)",
        NiceCksCompression => "Medias de compresión (resumen clínico de NICE, en inglés)",
        NiceNg158 => "Enfermedades tromboembólicas venosas: diagnóstico, tratamiento y pruebas de trombofilia (NICE NG158, en inglés)",
        NhsDvt => "Trombosis venosa profunda",
        NhsPe => "Embolia pulmonar",
        NhsPad => "Enfermedad arterial periférica",
        NhsLegUlcer => "Úlcera de pierna (en inglés)",
        NhsVaricose => "Várices",
        NhsWater => "Agua en la dieta",
        NhsWarfarin => "Warfarina",
        CdcClots => "Coágulos de sangre (en inglés)",
        DiabetesUkFeet => "La diabetes y sus pies (en inglés)",
        Who2020Activity => "Directrices de la OMS sobre actividad física y hábitos sedentarios (2020, en inglés)",
        WhoSodium => "Reducción del consumo de sodio (en inglés)",
        AhaSodium => "¿Cuánto sodio debo comer al día? (en inglés)",
        AhaFish => "El pescado y los ácidos grasos omega-3 (en inglés)",
        NasemWater => "Ingestas dietéticas de referencia de agua, potasio, sodio, cloruro y sulfato (en inglés)",
        LengFowkes1992 => "El cuestionario de claudicación de Edimburgo (Leng y Fowkes, 1992; en inglés)",
        Rabe2020 => "Riesgos y contraindicaciones del tratamiento médico con compresión: una revisión crítica (Rabe y colaboradores, 2020; en inglés)",
        NiceNg19 => "Problemas del pie diabético: prevención y tratamiento (NICE NG19, en inglés)",
        NiceNg106 => "Insuficiencia cardíaca crónica en adultos: diagnóstico y tratamiento (NICE NG106, en inglés)",
        NhsCellulitis => "Celulitis (infección de la piel)",
        NhsOedema => "Hinchazón",
        NhsPreeclampsia => "Preeclampsia (en inglés)",
        NiceCksThrombophlebitis => "Tromboflebitis superficial (resumen clínico de NICE, en inglés)",
    }
}

pub(super) fn claudication(_locale: Locale, c: Claudication) -> String {
    let grade = |g: u8| {
        if g >= 2 {
            "El dolor aparece incluso a paso normal en terreno plano (grado 2)."
        } else {
            "El dolor aparece cuando camina cuesta arriba o deprisa (grado 1)."
        }
    };
    let check = "Puede deberse a arterias estrechas en las piernas. Un médico lo puede revisar con una prueba sencilla y sin dolor que compara la presión arterial del tobillo con la del brazo.";
    match c {
        Claudication::NotAssessed | Claudication::NoWalkingPain => String::new(),
        Claudication::EasesWithRest => "Usted dijo que le duelen las piernas al caminar y que el dolor se quita en unos 10 minutos si se queda de pie sin moverse. Un dolor que va y viene así puede deberse a arterias estrechas en las piernas, en cualquier lugar donde lo sienta. Un médico lo puede revisar con una prueba sencilla y sin dolor que compara la presión arterial del tobillo con la del brazo.".to_string(),
        Claudication::Negative => "Sus respuestas sobre el dolor al caminar no coinciden con el patrón típico de arterias estrechas en las piernas. Este cuestionario no puede descartarlo: si el dolor al caminar le molesta, un médico lo puede revisar.".to_string(),
        Claudication::Atypical { grade: g } => format!(
            "Sus respuestas sobre el dolor al caminar coinciden con un patrón que los médicos llaman claudicación atípica. {} {check}",
            grade(g)
        ),
        Claudication::Definite { grade: g } => format!(
            "Sus respuestas sobre el dolor al caminar coinciden con un patrón que los médicos llaman claudicación intermitente. {} {check}",
            grade(g)
        ),
    }
}

pub(super) fn venous_stage(_locale: Locale, s: VenousStage) -> &'static str {
    match s {
        VenousStage::None => "No nos contó cambios en las venas",
        VenousStage::SpiderVeins => "Arañas vasculares",
        VenousStage::BulgingVeins => "Venas abultadas",
        VenousStage::Swelling => "Hinchazón",
        VenousStage::SkinChanges => "Cambios en la piel cerca del tobillo",
        VenousStage::HealedUlcer => "Una úlcera de pierna que ya sanó",
    }
}

pub(super) fn factor(_locale: Locale, f: Factor) -> &'static str {
    match f {
        Factor::Smoking => "Fumar",
        Factor::LowActivity => "Menos de 150 minutos de actividad a la semana",
        Factor::Sitting => "Muchas horas en una silla o de pie sin moverse",
        Factor::Weight => "Un IMC de 25 o más",
        Factor::Salt => "Comida salada casi todos los días",
        Factor::Age => "Tener 65 años o más",
        Factor::FamilyHistory => "Familiares con problemas de las venas o coágulos",
        Factor::Pregnancy => "Embarazo o parto reciente",
        Factor::PreviousClot => "Un coágulo de sangre en el pasado",
    }
}

pub(super) fn symptom_score(_locale: Locale, score: u8) -> String {
    format!(
        "Su puntuación de síntomas: {score} de 15. Suma la pesadez, el dolor, la sensación de hinchazón, las punzadas y la picazón. Úsela para ver cómo cambian las cosas con el tiempo. No es un diagnóstico."
    )
}

pub(super) fn bmi(locale: Locale, t: u16) -> String {
    format!(
        "Su IMC (índice de masa corporal): {}",
        decimal(locale, u64::from(t))
    )
}

static NOTICES: Notices = Notices {
    sponsorship: "Este chequeo está en la página de una tienda que vende medias de compresión. Da información general de bienestar, no consejo médico.",
    doctor_talk: "Por un problema de salud que nos contó, hable con su médico antes de empezar a usar compresión o de hacer cambios grandes en lo que come o bebe.",
    because: "Porque usted dijo:",
    sources: "Fuentes",
    ask_first: "Pregunte antes a un profesional de la salud",
    shop_link: "Ver medias de compresión en la tienda",
    venous_picture: "Esta es una imagen sencilla de cómo se pueden notar las venas cansadas de las piernas, desde las arañas vasculares hasta los cambios en la piel. Nos ayuda a elegir consejos. No es un diagnóstico.",
    can_change: "Lo que usted puede cambiar",
    cant_change: "Lo que no se puede cambiar",
    start: "Empezar el chequeo",
    next: "Siguiente",
    back: "Atrás",
    skip: "Saltar",
    see_result: "Ver mi resultado",
    start_again: "Empezar de nuevo",
};

pub(super) fn notices(_locale: Locale) -> &'static Notices {
    &NOTICES
}
