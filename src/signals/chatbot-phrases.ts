// Tells of chatbot output pasted as a post: refusals, self-descriptions, interface text
// ("Regenerate response") and knowledge-cutoff hedges. `strong` phrases have no ordinary use;
// the others are things people also say ("I'm sorry, but I can't make it"), so they weigh less.
// Written as people type them; matchPhrase normalises case, accents of apostrophes and punctuation.

export interface ChatbotPhrase {
  text: string;
  lang: string;
  strong: boolean;
}

const strong = (lang: string, ...texts: string[]): ChatbotPhrase[] => texts.map((text) => ({ text, lang, strong: true }));
const weak = (lang: string, ...texts: string[]): ChatbotPhrase[] => texts.map((text) => ({ text, lang, strong: false }));

export const CHATBOT_PHRASES: readonly ChatbotPhrase[] = [
  ...strong('en', 'as an AI language model', 'as a large language model', 'as an AI developed by OpenAI', 'I am an AI developed by',
    'Regenerate response', 'as of my last knowledge update', 'as of my knowledge cutoff', 'my knowledge cutoff date',
    'as of my last training data', 'I cannot fulfill this request', "I can't fulfill this request", 'I cannot fulfil this request',
    "violates OpenAI's content policy", 'OpenAI use case policy', "I don't have personal opinions or beliefs", 'as an AI, I do not have'),
  ...weak('en', "I'm sorry, but I can't", 'I am sorry, but I cannot', "I'm sorry, but I cannot", "I can't assist with that request",
    'as an artificial intelligence', "I don't have personal opinions", 'I do not have personal opinions'),
  ...strong('es', 'como modelo de lenguaje', 'como un modelo de lenguaje', 'como modelo de lenguaje de IA', 'regenerar respuesta',
    'hasta mi última actualización de conocimientos', 'no puedo cumplir con esta solicitud', 'no puedo cumplir esta solicitud'),
  ...weak('es', 'lo siento, pero no puedo', 'como inteligencia artificial, no'),
  ...strong('fr', 'en tant que modèle de langage', "en tant qu'IA", "en tant qu'intelligence artificielle", 'régénérer la réponse',
    'lors de ma dernière mise à jour', 'je ne peux pas répondre à cette demande', 'je ne peux pas satisfaire cette demande'),
  ...weak('fr', 'je suis désolé, mais je ne peux pas', 'désolé, mais je ne peux pas'),
  ...strong('de', 'als KI-Sprachmodell', 'als Sprachmodell', 'als künstliche Intelligenz habe ich', 'Antwort neu generieren',
    'Stand meines letzten Wissens', 'seit meinem letzten Wissensupdate', 'ich kann diese Anfrage nicht erfüllen'),
  ...weak('de', 'es tut mir leid, aber ich kann', 'es tut mir leid, aber das kann ich nicht'),
  ...strong('pt', 'como um modelo de linguagem', 'como modelo de linguagem', 'como uma IA, não', 'regenerar resposta',
    'até a minha última atualização', 'até minha última atualização', 'não posso atender a essa solicitação', 'não posso cumprir essa solicitação'),
  ...weak('pt', 'desculpe, mas não posso', 'sinto muito, mas não posso'),
  ...strong('it', 'come modello linguistico', 'come modello di linguaggio', 'in quanto modello di linguaggio', "in quanto intelligenza artificiale",
    'rigenera risposta', 'al mio ultimo aggiornamento', 'non posso soddisfare questa richiesta'),
  ...weak('it', 'mi dispiace, ma non posso'),
  ...strong('ru', 'как языковая модель', 'как языковая модель ии', 'как искусственный интеллект, я', 'сгенерировать ответ заново',
    'на момент моего последнего обновления', 'я не могу выполнить этот запрос', 'я не могу выполнить эту просьбу'),
  ...weak('ru', 'извините, но я не могу', 'к сожалению, я не могу выполнить'),
  ...strong('zh', '作为一个人工智能语言模型', '作为一个AI语言模型', '作为AI语言模型', '作为一个语言模型', '作为人工智能，我',
    '我无法满足这个请求', '我无法满足该请求', '重新生成回答', '截至我最后的知识更新', '我的知识截止'),
  ...weak('zh', '抱歉，我无法', '对不起，我不能'),
  ...strong('ja', 'AI言語モデルとして', '言語モデルとして、', '人工知能として、私は', 'このリクエストにはお応えできません', '回答を再生成',
    '私の知識の最終更新', 'AIアシスタントとして、私は'),
  ...weak('ja', '申し訳ありませんが、そのリクエストには', '申し訳ありませんが、私は'),
];
