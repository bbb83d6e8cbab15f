#!/usr/bin/env python3
"""Fills the zh_HK (Traditional) and zh_CN (Simplified) .ts files from the glossary below.

Run after `lupdate` (the update_translations target); messages missing from the glossary stay
unfinished so Qt Linguist shows them to a translator. Placeholders (%1, %n) and HTML are kept.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# source -> (zh_HK, zh_CN)
GLOSSARY = {
    'MedDr chat': ('MedDr 對話', 'MedDr 对话'),
    '<p><b>Ask MedDr about the image on screen.</b></p><p>No chat server is configured, so nothing is sent anywhere.</p><p>When connected to an OpenAI-compatible server (LMDeploy, vLLM, llama.cpp) or a local model package, the current MRI panel or slide viewport is attached as rendered pixels only &mdash; never DICOM headers or patient identifiers &mdash; and you see exactly what will be sent before the first message.</p><p><i>Answers from a language model are not a diagnosis.</i></p>':
        ('<p><b>向 MedDr 查詢畫面上的影像。</b></p><p>尚未設定對話伺服器，因此不會傳送任何資料。</p><p>連接 OpenAI 相容伺服器（LMDeploy、vLLM、llama.cpp）或本機模型套件後，只會附上目前 MRI 面板或切片視窗的已渲染像素 &mdash; 絕不包括 DICOM 標頭或病人識別資料 &mdash; 並會在首次傳送前讓你確認將傳送的內容。</p><p><i>語言模型的回答並非診斷。</i></p>',
         '<p><b>向 MedDr 询问屏幕上的影像。</b></p><p>尚未配置对话服务器，因此不会发送任何数据。</p><p>连接 OpenAI 兼容服务器（LMDeploy、vLLM、llama.cpp）或本地模型包后，只会附上当前 MRI 面板或切片视图的渲染像素 &mdash; 绝不包括 DICOM 头信息或患者标识 &mdash; 并会在首次发送前让你确认将发送的内容。</p><p><i>语言模型的回答不是诊断。</i></p>'),
    'Chat backend not configured': ('未設定對話後端', '未配置对话后端'),
    'Send': ('傳送', '发送'),
    'Demo preparation stopped.': ('示範資料準備已停止。', '演示数据准备已停止。'),
    'Explanations': ('解釋', '解释'),
    '<p>AI results and the reasons behind them appear here.</p>': ('<p>人工智能結果及其理由會在此顯示。</p>', '<p>人工智能结果及其理由会在此显示。</p>'),
    '<p><b>%1</b></p><p>Running on the inference engine&hellip;</p>': ('<p><b>%1</b></p><p>正在推理引擎上執行&hellip;</p>', '<p><b>%1</b></p><p>正在推理引擎上运行&hellip;</p>'),
    "<p style='color:#ffd98a'><b>Not a validated clinical model.</b> Output is for demonstration and must not be used for diagnosis.</p>":
        ("<p style='color:#ffd98a'><b>並非經驗證的臨床模型。</b>輸出僅供示範，不得用於診斷。</p>",
         "<p style='color:#ffd98a'><b>并非经验证的临床模型。</b>输出仅供演示，不得用于诊断。</p>"),
    '<p><small>Intended use: %1</small></p>': ('<p><small>預期用途：%1</small></p>', '<p><small>预期用途：%1</small></p>'),
    '<p><b>Contribution of each input</b></p>': ('<p><b>各輸入的貢獻</b></p>', '<p><b>各输入的贡献</b></p>'),
    '<p><b>Why</b></p><ul>': ('<p><b>原因</b></p><ul>', '<p><b>原因</b></p><ul>'),
    '<p><small>%1 s on %2</small></p>': ('<p><small>%1 秒，於 %2</small></p>', '<p><small>%1 秒，在 %2 上</small></p>'),
    "<p><b>%1</b></p><p style='color:#e08080'>%2</p>": ("<p><b>%1</b></p><p style='color:#e08080'>%2</p>", "<p><b>%1</b></p><p style='color:#e08080'>%2</p>"),
    'Inference queue': ('推理佇列', '推理队列'),
    'Job': ('工作', '任务'),
    'Task': ('項目', '项目'),
    'State': ('狀態', '状态'),
    'Progress': ('進度', '进度'),
    'Queued': ('排隊中', '排队中'),
    'Cancel': ('取消', '取消'),
    'Cancelling…': ('正在取消…', '正在取消…'),
    'Running': ('執行中', '运行中'),
    'Done in %1 s': ('完成，用時 %1 秒', '完成，用时 %1 秒'),
    'Cancelled': ('已取消', '已取消'),
    'Failed: %1': ('失敗：%1', '失败：%1'),
    'Failed': ('失敗', '失败'),
    'AI engine: idle': ('AI 引擎：閒置', 'AI 引擎：空闲'),
    'AI engine: loading %1': ('AI 引擎：正在載入 %1', 'AI 引擎：正在加载 %1'),
    'AI engine: running job %1 (%2 queued)': ('AI 引擎：正在執行工作 %1（%2 個排隊中）', 'AI 引擎：正在运行任务 %1（%2 个排队中）'),
    'AI engine: running job %1': ('AI 引擎：正在執行工作 %1', 'AI 引擎：正在运行任务 %1'),
    'AI engine: error — %1': ('AI 引擎：錯誤 — %1', 'AI 引擎：错误 — %1'),
    'Breast MRI — no study open': ('乳房 MRI — 未開啟檢查', '乳腺 MRI — 未打开检查'),
    'Pathology slide — no slide open': ('病理切片 — 未開啟切片', '病理切片 — 未打开切片'),
    'OncoView': ('OncoView', 'OncoView'),
    'Cannot open study': ('無法開啟檢查', '无法打开检查'),
    'Study loading cancelled': ('已取消載入檢查', '已取消加载检查'),
    'Cannot prepare the demo': ('無法準備示範資料', '无法准备演示数据'),
    '&File': ('檔案(&F)', '文件(&F)'),
    'Open &Study Folder…': ('開啟檢查資料夾(&S)…', '打开检查文件夹(&S)…'),
    'Open DICOM study folder': ('開啟 DICOM 檢查資料夾', '打开 DICOM 检查文件夹'),
    'Open Study &File…': ('開啟檢查檔案(&F)…', '打开检查文件(&F)…'),
    'Open NIfTI or DICOM file': ('開啟 NIfTI 或 DICOM 檔案', '打开 NIfTI 或 DICOM 文件'),
    'Images (*.nii *.nii.gz *.dcm);;All files (*)': ('影像 (*.nii *.nii.gz *.dcm);;所有檔案 (*)', '影像 (*.nii *.nii.gz *.dcm);;所有文件 (*)'),
    'Ctrl+Shift+O': ('Ctrl+Shift+O', 'Ctrl+Shift+O'),
    'Open S&lide…': ('開啟切片(&L)…', '打开切片(&L)…'),
    'Open whole-slide image': ('開啟全切片影像', '打开全切片图像'),
    'Slides (*.svs *.tif *.tiff *.ndpi *.vms *.vmu *.scn *.mrxs *.svslide *.bif);;All files (*)':
        ('切片 (*.svs *.tif *.tiff *.ndpi *.vms *.vmu *.scn *.mrxs *.svslide *.bif);;所有檔案 (*)',
         '切片 (*.svs *.tif *.tiff *.ndpi *.vms *.vmu *.scn *.mrxs *.svslide *.bif);;所有文件 (*)'),
    'Ctrl+Shift+L': ('Ctrl+Shift+L', 'Ctrl+Shift+L'),
    'Open &Recent': ('最近開啟(&R)', '最近打开(&R)'),
    'Open &Demo Study and Slide': ('開啟示範檢查及切片(&D)', '打开演示检查和切片(&D)'),
    '&Quit': ('結束(&Q)', '退出(&Q)'),
    '&View': ('檢視(&V)', '视图(&V)'),
    '&Help': ('說明(&H)', '帮助(&H)'),
    '&About OncoView': ('關於 OncoView(&A)', '关于 OncoView(&A)'),
    'About OncoView': ('關於 OncoView', '关于 OncoView'),
    "<p><b>OncoView %1</b></p><p>Research workstation for breast MRI and whole-slide pathology with AI assistance.</p><p>AI output is labelled with its model's validation status. Demonstration models are trained on synthetic data and are not for diagnosis.</p>":
        ('<p><b>OncoView %1</b></p><p>結合人工智能輔助的乳房 MRI 及全切片病理研究工作站。</p><p>AI 輸出會標示其模型的驗證狀態。示範模型以合成資料訓練，不可用於診斷。</p>',
         '<p><b>OncoView %1</b></p><p>结合人工智能辅助的乳腺 MRI 和全切片病理研究工作站。</p><p>AI 输出会标明其模型的验证状态。演示模型使用合成数据训练，不可用于诊断。</p>'),
    'Opening %1': ('正在開啟 %1', '正在打开 %1'),
    'Opening slide %1…': ('正在開啟切片 %1…', '正在打开切片 %1…'),
    'Cannot open slide': ('無法開啟切片', '无法打开切片'),
    'Preparing demo data': ('正在準備示範資料', '正在准备演示数据'),
    ' — phase %1 of %2 (%3)': (' — 第 %1／%2 期（%3）', ' — 第 %1/%2 期（%3）'),
    'Breast MRI — %1 — %2': ('乳房 MRI — %1 — %2', '乳腺 MRI — %1 — %2'),
    'Pathology slide — %1': ('病理切片 — %1', '病理切片 — %1'),
    'Not run: %1.': ('未執行：%1。', '未运行：%1。'),
    'The %1 expert carried the largest share (%2%) of the fused decision.': ('%1 專家在融合決策中佔最大比重（%2%）。', '%1 专家在融合决策中占最大比重（%2%）。'),
    'This model was trained on synthetic phantoms; its scores say nothing about a patient.': ('此模型以合成體模訓練，其分數與任何病人無關。', '此模型使用合成体模训练，其分数与任何患者无关。'),
    'No series loaded': ('未載入序列', '未加载序列'),
    'Crosshair': ('十字線', '十字线'),
    'Crosshair mode (C): left-click places the cursor; off: left-drag changes window/level': ('十字線模式 (C)：左鍵點擊放置游標；關閉時左鍵拖曳調整窗寬／窗位', '十字线模式 (C)：左键单击放置光标；关闭时左键拖动调整窗宽/窗位'),
    'W/L': ('窗寬/窗位', '窗宽/窗位'),
    'Window/level presets (A: auto)': ('窗寬／窗位預設 (A：自動)', '窗宽/窗位预设 (A：自动)'),
    'Reset': ('重設', '重置'),
    'Reset zoom, pan and 3D camera (R in a view)': ('重設縮放、平移及 3D 視角（在視圖中按 R）', '重置缩放、平移和 3D 视角（在视图中按 R）'),
    'Cannot display %1: %2': ('無法顯示 %1：%2', '无法显示 %1：%2'),
    'Writing the demo MRI study (DICOM)': ('正在寫入示範 MRI 檢查 (DICOM)', '正在写入演示 MRI 检查 (DICOM)'),
    'Writing the demo slide (40000 × 30000 pyramidal TIFF)': ('正在寫入示範切片（40000 × 30000 金字塔 TIFF）', '正在写入演示切片（40000 × 30000 金字塔 TIFF）'),
    'Training the demo MRI model on synthetic phantoms': ('正在以合成體模訓練示範 MRI 模型', '正在使用合成体模训练演示 MRI 模型'),
    'Training the demo slide model on synthetic textures': ('正在以合成紋理訓練示範切片模型', '正在使用合成纹理训练演示切片模型'),
    'Breast MRI classifier': ('乳房 MRI 分類器', '乳腺 MRI 分类器'),
    'Malignancy (probability)': ('惡性（機率）', '恶性（概率）'),
    'Response to neoadjuvant chemotherapy (pCR probability)': ('新輔助化療反應（pCR 機率）', '新辅助化疗反应（pCR 概率）'),
    'Scanning %1 of %2 files': ('正在掃描 %1／%2 個檔案', '正在扫描 %1/%2 个文件'),
    'Reading %1': ('正在讀取 %1', '正在读取 %1'),
    '%1: %2': ('%1：%2', '%1：%2'),
    'No recent files': ('沒有最近開啟的檔案', '没有最近打开的文件'),
    'Clear list': ('清除清單', '清除列表'),
    'Series': ('序列', '序列'),
    'No slide open': ('未開啟切片', '未打开切片'),
    'Some tiles could not be read: %1': ('部分圖塊無法讀取：%1', '部分图块无法读取：%1'),
    'The study could not be read.': ('無法讀取此檢查。', '无法读取此检查。'),
    'No DICOM or NIfTI images found.': ('找不到 DICOM 或 NIfTI 影像。', '找不到 DICOM 或 NIfTI 影像。'),
    'OncoView diagnostic workstation (research use)': ('OncoView 診斷工作站（研究用途）', 'OncoView 诊断工作站（研究用途）'),
    'Open the built-in demo study and slide.': ('開啟內置的示範檢查及切片。', '打开内置的演示检查和切片。'),
    'Save a PNG of the window once every view has rendered, then exit.': ('所有視圖渲染完成後儲存視窗的 PNG 並結束。', '所有视图渲染完成后保存窗口的 PNG 并退出。'),
    'Where the demo data lives (generated on first use).': ('示範資料的位置（首次使用時產生）。', '演示数据的位置（首次使用时生成）。'),
    'Seconds to wait for rendering before giving up.': ('放棄前等待渲染的秒數。', '放弃前等待渲染的秒数。'),
    'DICOM folders, NIfTI files or slides.': ('DICOM 資料夾、NIfTI 檔案或切片。', 'DICOM 文件夹、NIfTI 文件或切片。'),
}
# Plural forms: Chinese has one form.
PLURALS = {
    '%n file(s) could not be read; see the Series panel': ('%n 個檔案無法讀取；請查看序列面板', '%n 个文件无法读取；请查看序列面板'),
    ', %n phase(s)': ('，%n 期', '，%n 期'),
    '%n warning(s)': ('%n 個警告', '%n 个警告'),
    '%n file(s) skipped': ('已略過 %n 個檔案', '已跳过 %n 个文件'),
}


def fill(path: Path, column: int) -> int:
    tree = ET.parse(path)
    missing = 0
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source in PLURALS:
            translation.attrib.pop('type', None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, 'numerusform').text = PLURALS[source][column]
        elif source in GLOSSARY:
            translation.attrib.pop('type', None)
            translation.text = GLOSSARY[source][column]
        else:
            missing += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


if __name__ == '__main__':
    here = Path(__file__).resolve().parent.parent
    missing = fill(here / 'oncoview_zh_HK.ts', 0) + fill(here / 'oncoview_zh_CN.ts', 1)
    print(f'{missing} messages left for a translator')
    sys.exit(0)
