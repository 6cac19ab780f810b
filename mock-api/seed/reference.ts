// Fixed reference data the seed generator draws from: category tree with product templates, brand
// suppliers, names, cities. Plain data, Simplified Chinese with English.

export interface Variant {
  zh: string;
  en: string;
}

export interface Template {
  zh: string;
  en: string;
  unit: string;
  /** First-tier unit price range in yuan. */
  price: [number, number];
  /** Allowed pack sizes; moq is a multiple of the pack size. */
  packs: number[];
  variants: Variant[][];
  /** Also (or only) offered in the welfare store. */
  welfare?: 'both' | 'only';
  spec: [string, string, string[]];
}

export interface SubCategory {
  code: string;
  zh: string;
  en: string;
  templates: Template[];
}

export interface TopCategory {
  code: string;
  zh: string;
  en: string;
  glyph: string;
  color: string;
  children: SubCategory[];
}

const colors: Variant[] = [
  { zh: '黑色', en: 'Black' },
  { zh: '白色', en: 'White' },
  { zh: '银色', en: 'Silver' },
  { zh: '蓝色', en: 'Blue' },
  { zh: '灰色', en: 'Grey' },
  { zh: '红色', en: 'Red' },
];
const sizes: Variant[] = [
  { zh: 'S码', en: 'size S' },
  { zh: 'M码', en: 'size M' },
  { zh: 'L码', en: 'size L' },
  { zh: 'XL码', en: 'size XL' },
];

export const CATEGORIES: TopCategory[] = [
  {
    code: 'DG',
    zh: '数码家电',
    en: 'Digital & Appliances',
    glyph: '电',
    color: '#1e6fd9',
    children: [
      {
        code: 'DG01',
        zh: '笔记本电脑',
        en: 'Laptops',
        templates: [
          {
            zh: '商务笔记本电脑',
            en: 'Business Laptop',
            unit: '台',
            price: [3999, 12999],
            packs: [1],
            variants: [
              [
                { zh: '14英寸', en: '14-inch' },
                { zh: '15.6英寸', en: '15.6-inch' },
                { zh: '13.3英寸', en: '13.3-inch' },
              ],
              [
                { zh: '16G/512G', en: '16GB/512GB' },
                { zh: '32G/1T', en: '32GB/1TB' },
              ],
            ],
            spec: ['处理器', 'CPU', ['i5', 'i7', 'R7', 'Ultra 5']],
          },
          {
            zh: '轻薄笔记本',
            en: 'Ultrabook',
            unit: '台',
            price: [4999, 9999],
            packs: [1],
            variants: [
              [
                { zh: '14英寸', en: '14-inch' },
                { zh: '13英寸', en: '13-inch' },
              ],
              colors.slice(0, 3),
            ],
            welfare: 'both',
            spec: ['重量', 'Weight', ['1.2kg', '1.3kg', '1.4kg']],
          },
        ],
      },
      {
        code: 'DG02',
        zh: '手机通讯',
        en: 'Phones',
        templates: [
          {
            zh: '智能手机',
            en: 'Smartphone',
            unit: '台',
            price: [1299, 6999],
            packs: [1],
            variants: [
              [
                { zh: '128G', en: '128GB' },
                { zh: '256G', en: '256GB' },
                { zh: '512G', en: '512GB' },
              ],
              colors.slice(0, 4),
            ],
            welfare: 'both',
            spec: ['屏幕', 'Screen', ['6.1英寸', '6.7英寸', '6.8英寸']],
          },
          {
            zh: '蓝牙耳机',
            en: 'Bluetooth Earbuds',
            unit: '副',
            price: [199, 1499],
            packs: [1, 5],
            variants: [
              colors.slice(0, 3),
              [
                { zh: '降噪版', en: 'ANC' },
                { zh: '标准版', en: 'Standard' },
              ],
            ],
            welfare: 'both',
            spec: ['续航', 'Battery', ['24小时', '30小时', '36小时']],
          },
        ],
      },
      {
        code: 'DG03',
        zh: '办公设备',
        en: 'Office Equipment',
        templates: [
          {
            zh: '激光打印机',
            en: 'Laser Printer',
            unit: '台',
            price: [899, 4999],
            packs: [1],
            variants: [
              [
                { zh: '黑白', en: 'Mono' },
                { zh: '彩色', en: 'Colour' },
              ],
              [
                { zh: '无线版', en: 'Wi-Fi' },
                { zh: '有线版', en: 'Wired' },
              ],
            ],
            spec: ['打印速度', 'Speed', ['20页/分', '30页/分', '40页/分']],
          },
          {
            zh: '显示器',
            en: 'Monitor',
            unit: '台',
            price: [699, 3999],
            packs: [1],
            variants: [
              [
                { zh: '24英寸', en: '24-inch' },
                { zh: '27英寸', en: '27-inch' },
                { zh: '32英寸', en: '32-inch' },
              ],
              [
                { zh: '2K', en: 'QHD' },
                { zh: '4K', en: '4K' },
              ],
            ],
            spec: ['面板', 'Panel', ['IPS', 'VA', 'OLED']],
          },
          {
            zh: '投影仪',
            en: 'Projector',
            unit: '台',
            price: [1999, 8999],
            packs: [1],
            variants: [
              [
                { zh: '1080P', en: '1080p' },
                { zh: '4K', en: '4K' },
              ],
            ],
            spec: ['亮度', 'Brightness', ['3000流明', '4000流明']],
          },
        ],
      },
      {
        code: 'DG04',
        zh: '生活电器',
        en: 'Home Appliances',
        templates: [
          {
            zh: '电饭煲',
            en: 'Rice Cooker',
            unit: '台',
            price: [199, 999],
            packs: [1, 2],
            variants: [
              [
                { zh: '3L', en: '3 L' },
                { zh: '4L', en: '4 L' },
                { zh: '5L', en: '5 L' },
              ],
            ],
            welfare: 'both',
            spec: ['功率', 'Power', ['700W', '860W', '1000W']],
          },
          {
            zh: '空气净化器',
            en: 'Air Purifier',
            unit: '台',
            price: [599, 2999],
            packs: [1],
            variants: [
              [
                { zh: '标准版', en: 'Standard' },
                { zh: 'Pro版', en: 'Pro' },
              ],
            ],
            welfare: 'both',
            spec: ['适用面积', 'Room size', ['30㎡', '50㎡', '80㎡']],
          },
          {
            zh: '电热水壶',
            en: 'Electric Kettle',
            unit: '个',
            price: [79, 399],
            packs: [1, 6],
            variants: [
              [
                { zh: '1.5L', en: '1.5 L' },
                { zh: '1.7L', en: '1.7 L' },
              ],
              colors.slice(0, 2),
            ],
            welfare: 'both',
            spec: ['材质', 'Material', ['304不锈钢', '玻璃']],
          },
          {
            zh: '破壁料理机',
            en: 'High-speed Blender',
            unit: '台',
            price: [299, 1599],
            packs: [1],
            variants: [
              [
                { zh: '1.75L', en: '1.75 L' },
                { zh: '1.2L', en: '1.2 L' },
              ],
            ],
            welfare: 'only',
            spec: ['转速', 'Speed', ['35000转', '42000转']],
          },
        ],
      },
    ],
  },
  {
    code: 'OF',
    zh: '办公用品',
    en: 'Office Supplies',
    glyph: '文',
    color: '#2f8f4e',
    children: [
      {
        code: 'OF01',
        zh: '书写工具',
        en: 'Writing Instruments',
        templates: [
          {
            zh: '中性笔',
            en: 'Gel Pen',
            unit: '支',
            price: [1.5, 6],
            packs: [12, 24],
            variants: [
              [
                { zh: '0.5mm', en: '0.5 mm' },
                { zh: '0.38mm', en: '0.38 mm' },
                { zh: '0.7mm', en: '0.7 mm' },
              ],
              [
                { zh: '黑色', en: 'Black' },
                { zh: '蓝色', en: 'Blue' },
                { zh: '红色', en: 'Red' },
              ],
            ],
            spec: ['笔芯', 'Refill', ['子弹头', '全针管']],
          },
          {
            zh: '记号笔',
            en: 'Marker',
            unit: '支',
            price: [2, 8],
            packs: [10, 12],
            variants: [
              [
                { zh: '油性', en: 'Permanent' },
                { zh: '水性', en: 'Water-based' },
              ],
              colors.slice(0, 4),
            ],
            spec: ['笔头', 'Tip', ['单头', '双头']],
          },
          {
            zh: '自动铅笔',
            en: 'Mechanical Pencil',
            unit: '支',
            price: [3, 25],
            packs: [12],
            variants: [
              [
                { zh: '0.5mm', en: '0.5 mm' },
                { zh: '0.7mm', en: '0.7 mm' },
              ],
            ],
            spec: ['笔杆', 'Barrel', ['塑料', '金属']],
          },
        ],
      },
      {
        code: 'OF02',
        zh: '纸张本册',
        en: 'Paper & Notebooks',
        templates: [
          {
            zh: '复印纸',
            en: 'Copy Paper',
            unit: '箱',
            price: [110, 220],
            packs: [1, 5],
            variants: [
              [
                { zh: 'A4 70g', en: 'A4 70 gsm' },
                { zh: 'A4 80g', en: 'A4 80 gsm' },
                { zh: 'A3 80g', en: 'A3 80 gsm' },
              ],
              [
                { zh: '5包/箱', en: '5 reams/box' },
                { zh: '8包/箱', en: '8 reams/box' },
              ],
            ],
            spec: ['白度', 'Whiteness', ['96%', '98%', '104%']],
          },
          {
            zh: '笔记本',
            en: 'Notebook',
            unit: '本',
            price: [4, 30],
            packs: [10, 20],
            variants: [
              [
                { zh: 'A5', en: 'A5' },
                { zh: 'B5', en: 'B5' },
              ],
              [
                { zh: '80页', en: '80 pages' },
                { zh: '120页', en: '120 pages' },
              ],
            ],
            spec: ['装订', 'Binding', ['胶装', '线圈', '皮面']],
          },
          {
            zh: '便利贴',
            en: 'Sticky Notes',
            unit: '本',
            price: [2, 10],
            packs: [12, 24],
            variants: [
              [
                { zh: '76×76mm', en: '76×76 mm' },
                { zh: '76×127mm', en: '76×127 mm' },
              ],
              [
                { zh: '黄色', en: 'Yellow' },
                { zh: '荧光四色', en: 'Four neon colours' },
              ],
            ],
            spec: ['页数', 'Sheets', ['100张', '80张']],
          },
        ],
      },
      {
        code: 'OF03',
        zh: '文件管理',
        en: 'Filing',
        templates: [
          {
            zh: '文件夹',
            en: 'File Folder',
            unit: '个',
            price: [3, 25],
            packs: [10, 12, 24],
            variants: [
              [
                { zh: 'A4', en: 'A4' },
                { zh: 'FC', en: 'Foolscap' },
              ],
              colors.slice(0, 4),
            ],
            spec: ['材质', 'Material', ['PP', '纸质']],
          },
          {
            zh: '档案盒',
            en: 'Archive Box',
            unit: '个',
            price: [5, 20],
            packs: [10, 20],
            variants: [
              [
                { zh: '35mm', en: '35 mm' },
                { zh: '55mm', en: '55 mm' },
                { zh: '75mm', en: '75 mm' },
              ],
            ],
            spec: ['材质', 'Material', ['PP', '牛皮纸']],
          },
        ],
      },
      {
        code: 'OF04',
        zh: '办公耗材',
        en: 'Consumables',
        templates: [
          {
            zh: '硒鼓',
            en: 'Toner Cartridge',
            unit: '个',
            price: [89, 699],
            packs: [1, 2],
            variants: [
              [
                { zh: '标准容量', en: 'Standard yield' },
                { zh: '大容量', en: 'High yield' },
              ],
            ],
            spec: ['打印页数', 'Page yield', ['1500页', '3000页', '5000页']],
          },
          {
            zh: '订书钉',
            en: 'Staples',
            unit: '盒',
            price: [1, 5],
            packs: [10, 20],
            variants: [
              [
                { zh: '24/6', en: '24/6' },
                { zh: '23/13', en: '23/13' },
              ],
            ],
            spec: ['数量', 'Count', ['1000枚', '2000枚']],
          },
        ],
      },
    ],
  },
  {
    code: 'FD',
    zh: '食品饮料',
    en: 'Food & Drink',
    glyph: '食',
    color: '#d9822b',
    children: [
      {
        code: 'FD01',
        zh: '休闲零食',
        en: 'Snacks',
        templates: [
          {
            zh: '每日坚果礼盒',
            en: 'Daily Nuts Gift Box',
            unit: '盒',
            price: [69, 299],
            packs: [1, 6],
            variants: [
              [
                { zh: '750g', en: '750 g' },
                { zh: '1kg', en: '1 kg' },
              ],
              [
                { zh: '30袋装', en: '30 sachets' },
                { zh: '20袋装', en: '20 sachets' },
              ],
            ],
            welfare: 'both',
            spec: ['保质期', 'Shelf life', ['180天', '240天']],
          },
          {
            zh: '糕点礼盒',
            en: 'Pastry Gift Box',
            unit: '盒',
            price: [59, 268],
            packs: [1, 6],
            variants: [
              [
                { zh: '中秋月饼', en: 'Mooncakes' },
                { zh: '京式八件', en: 'Beijing Eight Treasures' },
                { zh: '端午粽子', en: 'Zongzi' },
              ],
            ],
            welfare: 'only',
            spec: ['净含量', 'Net weight', ['600g', '800g', '1.2kg']],
          },
        ],
      },
      {
        code: 'FD02',
        zh: '茶叶冲饮',
        en: 'Tea & Coffee',
        templates: [
          {
            zh: '绿茶',
            en: 'Green Tea',
            unit: '罐',
            price: [88, 688],
            packs: [1, 6],
            variants: [
              [
                { zh: '西湖龙井', en: 'Longjing' },
                { zh: '碧螺春', en: 'Biluochun' },
                { zh: '黄山毛峰', en: 'Maofeng' },
              ],
              [
                { zh: '250g', en: '250 g' },
                { zh: '500g', en: '500 g' },
              ],
            ],
            welfare: 'both',
            spec: ['产地', 'Origin', ['浙江杭州', '江苏苏州', '安徽黄山']],
          },
          {
            zh: '挂耳咖啡',
            en: 'Drip Coffee',
            unit: '盒',
            price: [39, 129],
            packs: [1, 10],
            variants: [
              [
                { zh: '中度烘焙', en: 'Medium roast' },
                { zh: '深度烘焙', en: 'Dark roast' },
              ],
              [
                { zh: '10片装', en: '10 bags' },
                { zh: '30片装', en: '30 bags' },
              ],
            ],
            welfare: 'both',
            spec: ['产地', 'Origin', ['云南', '哥伦比亚', '埃塞俄比亚']],
          },
        ],
      },
      {
        code: 'FD03',
        zh: '饮用水饮料',
        en: 'Water & Drinks',
        templates: [
          {
            zh: '饮用天然水',
            en: 'Natural Drinking Water',
            unit: '箱',
            price: [24, 60],
            packs: [1, 10],
            variants: [
              [
                { zh: '550ml×24瓶', en: '550 ml × 24' },
                { zh: '380ml×24瓶', en: '380 ml × 24' },
                { zh: '5L×4桶', en: '5 L × 4' },
              ],
            ],
            spec: ['水源', 'Source', ['千岛湖', '长白山', '峨眉山']],
          },
          {
            zh: '纯牛奶',
            en: 'Whole Milk',
            unit: '箱',
            price: [45, 89],
            packs: [1, 5],
            variants: [
              [
                { zh: '250ml×12盒', en: '250 ml × 12' },
                { zh: '250ml×24盒', en: '250 ml × 24' },
              ],
            ],
            welfare: 'both',
            spec: ['蛋白质', 'Protein', ['3.2g/100ml', '3.6g/100ml']],
          },
        ],
      },
      {
        code: 'FD04',
        zh: '粮油调味',
        en: 'Grain & Oil',
        templates: [
          {
            zh: '食用油',
            en: 'Cooking Oil',
            unit: '桶',
            price: [59, 189],
            packs: [1, 4],
            variants: [
              [
                { zh: '5L', en: '5 L' },
                { zh: '4L', en: '4 L' },
              ],
              [
                { zh: '花生油', en: 'Peanut oil' },
                { zh: '调和油', en: 'Blended oil' },
              ],
            ],
            welfare: 'both',
            spec: ['等级', 'Grade', ['一级', '压榨一级']],
          },
          {
            zh: '大米',
            en: 'Rice',
            unit: '袋',
            price: [39, 129],
            packs: [1, 4],
            variants: [
              [
                { zh: '5kg', en: '5 kg' },
                { zh: '10kg', en: '10 kg' },
              ],
              [
                { zh: '东北大米', en: 'Northeast rice' },
                { zh: '泰国香米', en: 'Jasmine rice' },
              ],
            ],
            welfare: 'both',
            spec: ['产地', 'Origin', ['黑龙江五常', '吉林', '泰国']],
          },
        ],
      },
    ],
  },
  {
    code: 'JW',
    zh: '珠宝礼品',
    en: 'Jewellery & Gifts',
    glyph: '礼',
    color: '#b8860b',
    children: [
      {
        code: 'JW01',
        zh: '黄金饰品',
        en: 'Gold Jewellery',
        templates: [
          {
            zh: '足金吊坠',
            en: 'Pure Gold Pendant',
            unit: '件',
            price: [899, 4999],
            packs: [1],
            variants: [
              [
                { zh: '生肖', en: 'Zodiac' },
                { zh: '福字', en: 'Fu character' },
                { zh: '平安扣', en: 'Peace buckle' },
              ],
            ],
            welfare: 'only',
            spec: ['克重', 'Weight', ['1.5g', '2.0g', '3.0g']],
          },
          {
            zh: '金条',
            en: 'Gold Bar',
            unit: '根',
            price: [2999, 29999],
            packs: [1],
            variants: [
              [
                { zh: '5g', en: '5 g' },
                { zh: '10g', en: '10 g' },
                { zh: '20g', en: '20 g' },
              ],
            ],
            spec: ['成色', 'Purity', ['Au999.9', 'Au999']],
          },
        ],
      },
      {
        code: 'JW02',
        zh: '商务礼品',
        en: 'Business Gifts',
        templates: [
          {
            zh: '保温杯礼盒',
            en: 'Thermos Gift Set',
            unit: '套',
            price: [99, 399],
            packs: [1, 10],
            variants: [
              colors.slice(0, 4),
              [
                { zh: '500ml', en: '500 ml' },
                { zh: '400ml', en: '400 ml' },
              ],
            ],
            welfare: 'both',
            spec: ['材质', 'Material', ['316不锈钢', '钛']],
          },
          {
            zh: '定制U盘礼盒',
            en: 'Custom USB Gift Box',
            unit: '套',
            price: [49, 199],
            packs: [10, 50],
            variants: [
              [
                { zh: '64G', en: '64 GB' },
                { zh: '128G', en: '128 GB' },
              ],
            ],
            spec: ['接口', 'Port', ['USB3.0', 'Type-C']],
          },
          {
            zh: '丝巾礼盒',
            en: 'Silk Scarf Gift Box',
            unit: '盒',
            price: [199, 899],
            packs: [1],
            variants: [
              [
                { zh: '真丝', en: 'Mulberry silk' },
                { zh: '羊绒', en: 'Cashmere' },
              ],
            ],
            welfare: 'only',
            spec: ['产地', 'Origin', ['杭州', '苏州']],
          },
        ],
      },
    ],
  },
  {
    code: 'CL',
    zh: '服装',
    en: 'Clothing',
    glyph: '衣',
    color: '#9c3fb5',
    children: [
      {
        code: 'CL01',
        zh: '工作服',
        en: 'Workwear',
        templates: [
          {
            zh: '工装套装',
            en: 'Work Uniform Set',
            unit: '套',
            price: [89, 399],
            packs: [5, 10],
            variants: [
              sizes,
              [
                { zh: '藏青', en: 'Navy' },
                { zh: '灰色', en: 'Grey' },
              ],
            ],
            spec: ['面料', 'Fabric', ['涤棉', '全棉', '阻燃面料']],
          },
          {
            zh: '反光背心',
            en: 'Hi-vis Vest',
            unit: '件',
            price: [15, 69],
            packs: [10, 20],
            variants: [
              sizes,
              [
                { zh: '荧光黄', en: 'Fluorescent yellow' },
                { zh: '橙色', en: 'Orange' },
              ],
            ],
            spec: ['标准', 'Standard', ['GB 20653', 'EN ISO 20471']],
          },
        ],
      },
      {
        code: 'CL02',
        zh: '商务服饰',
        en: 'Business Wear',
        templates: [
          {
            zh: '商务衬衫',
            en: 'Business Shirt',
            unit: '件',
            price: [129, 599],
            packs: [1, 5],
            variants: [
              sizes,
              [
                { zh: '白色', en: 'White' },
                { zh: '浅蓝', en: 'Light blue' },
              ],
            ],
            welfare: 'both',
            spec: ['面料', 'Fabric', ['免烫棉', '长绒棉']],
          },
          {
            zh: '羽绒服',
            en: 'Down Jacket',
            unit: '件',
            price: [599, 2499],
            packs: [1],
            variants: [sizes, colors.slice(0, 3)],
            welfare: 'both',
            spec: ['充绒量', 'Fill', ['150g', '200g', '250g']],
          },
        ],
      },
      {
        code: 'CL03',
        zh: '运动服饰',
        en: 'Sportswear',
        templates: [
          {
            zh: '运动鞋',
            en: 'Running Shoes',
            unit: '双',
            price: [299, 1299],
            packs: [1],
            variants: [
              [
                { zh: '39码', en: 'EU 39' },
                { zh: '41码', en: 'EU 41' },
                { zh: '43码', en: 'EU 43' },
              ],
              colors.slice(0, 3),
            ],
            welfare: 'only',
            spec: ['鞋底', 'Sole', ['缓震', '碳板']],
          },
          {
            zh: '文化衫',
            en: 'Team T-shirt',
            unit: '件',
            price: [29, 99],
            packs: [10, 20],
            variants: [sizes, colors.slice(0, 5)],
            spec: ['面料', 'Fabric', ['纯棉', '速干']],
          },
        ],
      },
    ],
  },
  {
    code: 'IN',
    zh: '工业品',
    en: 'Industrial Goods',
    glyph: '工',
    color: '#5f6b7a',
    children: [
      {
        code: 'IN01',
        zh: '手动工具',
        en: 'Hand Tools',
        templates: [
          {
            zh: '套筒扳手组套',
            en: 'Socket Wrench Set',
            unit: '套',
            price: [129, 1299],
            packs: [1, 2],
            variants: [
              [
                { zh: '32件套', en: '32-piece' },
                { zh: '46件套', en: '46-piece' },
                { zh: '120件套', en: '120-piece' },
              ],
            ],
            spec: ['材质', 'Material', ['铬钒钢', '铬钼钢']],
          },
          {
            zh: '螺丝刀套装',
            en: 'Screwdriver Set',
            unit: '套',
            price: [39, 299],
            packs: [1, 5],
            variants: [
              [
                { zh: '6件套', en: '6-piece' },
                { zh: '12件套', en: '12-piece' },
              ],
            ],
            spec: ['刀头', 'Bit', ['S2钢', '铬钒钢']],
          },
        ],
      },
      {
        code: 'IN02',
        zh: '电动工具',
        en: 'Power Tools',
        templates: [
          {
            zh: '锂电冲击钻',
            en: 'Cordless Impact Drill',
            unit: '台',
            price: [299, 1899],
            packs: [1],
            variants: [
              [
                { zh: '12V', en: '12 V' },
                { zh: '18V', en: '18 V' },
                { zh: '20V', en: '20 V' },
              ],
              [
                { zh: '单电', en: '1 battery' },
                { zh: '双电', en: '2 batteries' },
              ],
            ],
            spec: ['扭矩', 'Torque', ['45N·m', '60N·m', '130N·m']],
          },
          {
            zh: '角磨机',
            en: 'Angle Grinder',
            unit: '台',
            price: [199, 999],
            packs: [1],
            variants: [
              [
                { zh: '100mm', en: '100 mm' },
                { zh: '125mm', en: '125 mm' },
              ],
            ],
            spec: ['功率', 'Power', ['750W', '900W', '1100W']],
          },
        ],
      },
      {
        code: 'IN03',
        zh: '劳保安全',
        en: 'Safety',
        templates: [
          {
            zh: '防护手套',
            en: 'Protective Gloves',
            unit: '副',
            price: [3, 39],
            packs: [12, 60],
            variants: [
              [
                { zh: '丁腈涂层', en: 'Nitrile coated' },
                { zh: '防割', en: 'Cut resistant' },
                { zh: '耐高温', en: 'Heat resistant' },
              ],
              [
                { zh: 'M', en: 'M' },
                { zh: 'L', en: 'L' },
              ],
            ],
            spec: ['等级', 'Level', ['A2', 'A4', 'A6']],
          },
          {
            zh: '安全帽',
            en: 'Safety Helmet',
            unit: '顶',
            price: [19, 129],
            packs: [10, 20],
            variants: [
              [
                { zh: 'ABS', en: 'ABS' },
                { zh: '玻璃钢', en: 'Fibreglass' },
              ],
              [
                { zh: '白色', en: 'White' },
                { zh: '黄色', en: 'Yellow' },
                { zh: '红色', en: 'Red' },
              ],
            ],
            spec: ['标准', 'Standard', ['GB 2811-2019']],
          },
          {
            zh: 'KN95口罩',
            en: 'KN95 Mask',
            unit: '盒',
            price: [19, 69],
            packs: [10, 50],
            variants: [
              [
                { zh: '50只/盒', en: '50 per box' },
                { zh: '20只/盒', en: '20 per box' },
              ],
            ],
            spec: ['标准', 'Standard', ['GB 2626-2019']],
          },
        ],
      },
      {
        code: 'IN04',
        zh: '电工电气',
        en: 'Electrical',
        templates: [
          {
            zh: '空气开关',
            en: 'Circuit Breaker',
            unit: '个',
            price: [15, 189],
            packs: [10, 12],
            variants: [
              [
                { zh: '1P', en: '1P' },
                { zh: '2P', en: '2P' },
                { zh: '3P', en: '3P' },
              ],
              [
                { zh: '16A', en: '16 A' },
                { zh: '32A', en: '32 A' },
                { zh: '63A', en: '63 A' },
              ],
            ],
            spec: ['分断能力', 'Breaking capacity', ['6kA', '10kA']],
          },
          {
            zh: '插线板',
            en: 'Power Strip',
            unit: '个',
            price: [29, 129],
            packs: [5, 10],
            variants: [
              [
                { zh: '3米', en: '3 m' },
                { zh: '5米', en: '5 m' },
              ],
              [
                { zh: '6位', en: '6 sockets' },
                { zh: '8位USB', en: '8 sockets + USB' },
              ],
            ],
            spec: ['功率', 'Rating', ['2500W', '4000W']],
          },
          {
            zh: '电缆',
            en: 'Power Cable',
            unit: '卷',
            price: [199, 1299],
            packs: [1, 5],
            variants: [
              [
                { zh: 'BV2.5', en: 'BV 2.5 mm²' },
                { zh: 'BV4', en: 'BV 4 mm²' },
                { zh: 'BV6', en: 'BV 6 mm²' },
              ],
              [{ zh: '100米', en: '100 m' }],
            ],
            spec: ['标准', 'Standard', ['GB/T 5023']],
          },
        ],
      },
    ],
  },
  {
    code: 'HM',
    zh: '家居日用',
    en: 'Home & Living',
    glyph: '家',
    color: '#c0392b',
    children: [
      {
        code: 'HM01',
        zh: '清洁用品',
        en: 'Cleaning',
        templates: [
          {
            zh: '抽纸',
            en: 'Facial Tissue',
            unit: '提',
            price: [15, 45],
            packs: [1, 10],
            variants: [
              [
                { zh: '3层120抽×6包', en: '3-ply 120 × 6' },
                { zh: '4层100抽×8包', en: '4-ply 100 × 8' },
              ],
            ],
            welfare: 'both',
            spec: ['原料', 'Pulp', ['原生木浆', '竹浆']],
          },
          {
            zh: '洗衣液',
            en: 'Laundry Liquid',
            unit: '瓶',
            price: [29, 89],
            packs: [1, 6],
            variants: [
              [
                { zh: '2kg', en: '2 kg' },
                { zh: '3kg', en: '3 kg' },
              ],
              [
                { zh: '薰衣草', en: 'Lavender' },
                { zh: '无香', en: 'Fragrance-free' },
              ],
            ],
            welfare: 'both',
            spec: ['功效', 'Effect', ['深层洁净', '护色']],
          },
        ],
      },
      {
        code: 'HM02',
        zh: '床上用品',
        en: 'Bedding',
        templates: [
          {
            zh: '四件套',
            en: 'Bedding Set (4 pcs)',
            unit: '套',
            price: [199, 999],
            packs: [1],
            variants: [
              [
                { zh: '1.5米床', en: '1.5 m bed' },
                { zh: '1.8米床', en: '1.8 m bed' },
              ],
              colors.slice(0, 4),
            ],
            welfare: 'only',
            spec: ['面料', 'Fabric', ['全棉', '天丝', '长绒棉']],
          },
        ],
      },
    ],
  },
];

export interface BrandSupplier {
  brand: string;
  brandEn: string;
  company: string;
  companyEn: string;
  /**
   * What it supplies, so every product's brand fits its kind: a top category ('OF'), a subcategory
   * ('DG04') or one product template of a subcategory ('DG03:显示器').
   */
  supplies: string[];
  origin: string;
}

export const SUPPLIERS: BrandSupplier[] = [
  {
    brand: '联想',
    brandEn: 'Lenovo',
    company: '联想（北京）有限公司',
    companyEn: 'Lenovo (Beijing) Ltd.',
    supplies: ['DG01', 'DG03', 'JW02:定制U盘礼盒'],
    origin: '北京',
  },
  {
    brand: '华为',
    brandEn: 'Huawei',
    company: '华为终端有限公司',
    companyEn: 'Huawei Device Co., Ltd.',
    supplies: ['DG01', 'DG02', 'DG03:显示器'],
    origin: '广东东莞',
  },
  {
    brand: '小米',
    brandEn: 'Xiaomi',
    company: '小米通讯技术有限公司',
    companyEn: 'Xiaomi Communications Co., Ltd.',
    supplies: ['DG01', 'DG02', 'DG03:显示器', 'DG03:投影仪', 'DG04'],
    origin: '北京',
  },
  {
    brand: '戴尔',
    brandEn: 'Dell',
    company: '戴尔（中国）有限公司',
    companyEn: 'Dell (China) Co., Ltd.',
    supplies: ['DG01', 'DG03:显示器'],
    origin: '福建厦门',
  },
  {
    brand: '惠普',
    brandEn: 'HP',
    company: '中国惠普有限公司',
    companyEn: 'China Hewlett-Packard Co., Ltd.',
    supplies: ['DG01', 'DG03:激光打印机', 'DG03:显示器', 'OF04:硒鼓'],
    origin: '重庆',
  },
  {
    brand: '佳能',
    brandEn: 'Canon',
    company: '佳能（中国）有限公司',
    companyEn: 'Canon (China) Co., Ltd.',
    supplies: ['DG03:激光打印机', 'DG03:投影仪', 'OF04:硒鼓'],
    origin: '广东珠海',
  },
  {
    brand: '美的',
    brandEn: 'Midea',
    company: '美的集团股份有限公司',
    companyEn: 'Midea Group Co., Ltd.',
    supplies: ['DG04'],
    origin: '广东佛山',
  },
  {
    brand: '格力',
    brandEn: 'Gree',
    company: '珠海格力电器股份有限公司',
    companyEn: 'Gree Electric Appliances Inc.',
    supplies: ['DG04:空气净化器', 'DG04:电热水壶', 'DG04:电饭煲'],
    origin: '广东珠海',
  },
  {
    brand: '海尔',
    brandEn: 'Haier',
    company: '海尔智家股份有限公司',
    companyEn: 'Haier Smart Home Co., Ltd.',
    supplies: ['DG04'],
    origin: '山东青岛',
  },
  {
    brand: '九阳',
    brandEn: 'Joyoung',
    company: '九阳股份有限公司',
    companyEn: 'Joyoung Co., Ltd.',
    supplies: ['DG04:电饭煲', 'DG04:电热水壶', 'DG04:破壁料理机'],
    origin: '山东济南',
  },
  {
    brand: '苏泊尔',
    brandEn: 'Supor',
    company: '浙江苏泊尔股份有限公司',
    companyEn: 'Zhejiang Supor Co., Ltd.',
    supplies: ['DG04:电饭煲', 'DG04:电热水壶', 'DG04:破壁料理机', 'JW02:保温杯礼盒'],
    origin: '浙江杭州',
  },
  {
    brand: '得力',
    brandEn: 'Deli',
    company: '得力集团有限公司',
    companyEn: 'Deli Group Co., Ltd.',
    supplies: ['OF', 'IN01'],
    origin: '浙江宁波',
  },
  {
    brand: '晨光',
    brandEn: 'M&G',
    company: '上海晨光文具股份有限公司',
    companyEn: 'Shanghai M&G Stationery Inc.',
    supplies: ['OF01', 'OF02', 'OF03', 'OF04:订书钉'],
    origin: '上海',
  },
  {
    brand: '齐心',
    brandEn: 'Comix',
    company: '齐心集团股份有限公司',
    companyEn: 'Comix Group Co., Ltd.',
    supplies: ['OF01', 'OF02', 'OF03', 'OF04:订书钉'],
    origin: '广东深圳',
  },
  {
    brand: '真彩',
    brandEn: 'True Color',
    company: '真彩文具股份有限公司',
    companyEn: 'True Color Stationery Co., Ltd.',
    supplies: ['OF01'],
    origin: '天津',
  },
  {
    brand: '三只松鼠',
    brandEn: 'Three Squirrels',
    company: '三只松鼠股份有限公司',
    companyEn: 'Three Squirrels Inc.',
    supplies: ['FD01:每日坚果礼盒', 'FD02:挂耳咖啡'],
    origin: '安徽芜湖',
  },
  {
    brand: '良品铺子',
    brandEn: 'Bestore',
    company: '良品铺子股份有限公司',
    companyEn: 'Bestore Co., Ltd.',
    supplies: ['FD01'],
    origin: '湖北武汉',
  },
  {
    brand: '稻香村',
    brandEn: 'Daoxiangcun',
    company: '北京稻香村食品有限责任公司',
    companyEn: 'Beijing Daoxiangcun Foods Co., Ltd.',
    supplies: ['FD01:糕点礼盒'],
    origin: '北京',
  },
  {
    brand: '五芳斋',
    brandEn: 'Wufangzhai',
    company: '浙江五芳斋实业股份有限公司',
    companyEn: 'Zhejiang Wufangzhai Industry Co., Ltd.',
    supplies: ['FD01:糕点礼盒', 'FD04:大米'],
    origin: '浙江嘉兴',
  },
  {
    brand: '农夫山泉',
    brandEn: 'Nongfu Spring',
    company: '农夫山泉股份有限公司',
    companyEn: 'Nongfu Spring Co., Ltd.',
    supplies: ['FD03:饮用天然水'],
    origin: '浙江杭州',
  },
  {
    brand: '伊利',
    brandEn: 'Yili',
    company: '内蒙古伊利实业集团股份有限公司',
    companyEn: 'Inner Mongolia Yili Industrial Group',
    supplies: ['FD03:纯牛奶'],
    origin: '内蒙古呼和浩特',
  },
  {
    brand: '蒙牛',
    brandEn: 'Mengniu',
    company: '内蒙古蒙牛乳业（集团）股份有限公司',
    companyEn: 'China Mengniu Dairy Co., Ltd.',
    supplies: ['FD03:纯牛奶'],
    origin: '内蒙古呼和浩特',
  },
  {
    brand: '金龙鱼',
    brandEn: 'Arawana',
    company: '益海嘉里金龙鱼粮油食品股份有限公司',
    companyEn: 'Yihai Kerry Arawana Holdings',
    supplies: ['FD04'],
    origin: '上海',
  },
  {
    brand: '西湖牌',
    brandEn: 'West Lake',
    company: '杭州西湖龙井茶叶有限公司',
    companyEn: 'Hangzhou West Lake Longjing Tea Co.',
    supplies: ['FD02:绿茶'],
    origin: '浙江杭州',
  },
  {
    brand: '周大福',
    brandEn: 'Chow Tai Fook',
    company: '周大福珠宝金行（深圳）有限公司',
    companyEn: 'Chow Tai Fook Jewellery (Shenzhen)',
    supplies: ['JW01'],
    origin: '广东深圳',
  },
  {
    brand: '老凤祥',
    brandEn: 'Lao Feng Xiang',
    company: '老凤祥股份有限公司',
    companyEn: 'Lao Feng Xiang Co., Ltd.',
    supplies: ['JW01'],
    origin: '上海',
  },
  {
    brand: '中国黄金',
    brandEn: 'China Gold',
    company: '中国黄金集团黄金珠宝股份有限公司',
    companyEn: 'China National Gold Group Jewellery',
    supplies: ['JW01'],
    origin: '北京',
  },
  {
    brand: '膳魔师',
    brandEn: 'Thermos',
    company: '膳魔师（中国）家庭制品有限公司',
    companyEn: 'Thermos (China) Housewares Co., Ltd.',
    supplies: ['JW02:保温杯礼盒'],
    origin: '江苏昆山',
  },
  {
    brand: '万事利',
    brandEn: 'Wensli',
    company: '万事利集团有限公司',
    companyEn: 'Wensli Group Co., Ltd.',
    supplies: ['JW02:丝巾礼盒'],
    origin: '浙江杭州',
  },
  {
    brand: '李宁',
    brandEn: 'Li-Ning',
    company: '李宁（中国）体育用品有限公司',
    companyEn: 'Li-Ning (China) Sports Goods Co., Ltd.',
    supplies: ['CL03'],
    origin: '北京',
  },
  {
    brand: '安踏',
    brandEn: 'Anta',
    company: '安踏（中国）有限公司',
    companyEn: 'Anta (China) Co., Ltd.',
    supplies: ['CL03'],
    origin: '福建晋江',
  },
  {
    brand: '波司登',
    brandEn: 'Bosideng',
    company: '波司登羽绒服装有限公司',
    companyEn: 'Bosideng Down Apparel Co., Ltd.',
    supplies: ['CL02:羽绒服'],
    origin: '江苏常熟',
  },
  {
    brand: '海澜之家',
    brandEn: 'HLA',
    company: '海澜之家集团股份有限公司',
    companyEn: 'HLA Group Corp., Ltd.',
    supplies: ['CL02', 'CL03:文化衫'],
    origin: '江苏江阴',
  },
  {
    brand: '际华',
    brandEn: 'Jihua',
    company: '际华集团股份有限公司',
    companyEn: 'Jihua Group Corp., Ltd.',
    supplies: ['CL01', 'IN03:防护手套', 'IN03:安全帽'],
    origin: '北京',
  },
  {
    brand: '世达',
    brandEn: 'SATA',
    company: '世达工具（上海）有限公司',
    companyEn: 'SATA Tools (Shanghai) Co., Ltd.',
    supplies: ['IN01', 'IN03:防护手套', 'IN03:安全帽'],
    origin: '上海',
  },
  {
    brand: '博世',
    brandEn: 'Bosch',
    company: '博世电动工具（中国）有限公司',
    companyEn: 'Bosch Power Tools (China) Co., Ltd.',
    supplies: ['IN02'],
    origin: '浙江杭州',
  },
  {
    brand: '东成',
    brandEn: 'Dongcheng',
    company: '江苏东成机电工具有限公司',
    companyEn: 'Jiangsu Dongcheng M&E Tools Co., Ltd.',
    supplies: ['IN02'],
    origin: '江苏启东',
  },
  {
    brand: '正泰',
    brandEn: 'CHINT',
    company: '正泰电器股份有限公司',
    companyEn: 'Zhejiang CHINT Electrics Co., Ltd.',
    supplies: ['IN04'],
    origin: '浙江温州',
  },
  {
    brand: '德力西',
    brandEn: 'Delixi',
    company: '德力西电气有限公司',
    companyEn: 'Delixi Electric Ltd.',
    supplies: ['IN04'],
    origin: '浙江温州',
  },
  {
    brand: '公牛',
    brandEn: 'BULL',
    company: '公牛集团股份有限公司',
    companyEn: 'Bull Group Co., Ltd.',
    supplies: ['IN04:插线板', 'IN04:空气开关'],
    origin: '浙江慈溪',
  },
  {
    brand: '3M',
    brandEn: '3M',
    company: '3M中国有限公司',
    companyEn: '3M China Ltd.',
    supplies: ['IN03', 'CL01:反光背心', 'OF02:便利贴'],
    origin: '上海',
  },
  {
    brand: '维达',
    brandEn: 'Vinda',
    company: '维达纸业（中国）有限公司',
    companyEn: 'Vinda Paper (China) Co., Ltd.',
    supplies: ['HM01:抽纸'],
    origin: '广东江门',
  },
  {
    brand: '蓝月亮',
    brandEn: 'Bluemoon',
    company: '蓝月亮（中国）有限公司',
    companyEn: 'Bluemoon (China) Co., Ltd.',
    supplies: ['HM01:洗衣液'],
    origin: '广东广州',
  },
  {
    brand: '罗莱',
    brandEn: 'Luolai',
    company: '罗莱生活科技股份有限公司',
    companyEn: 'Luolai Lifestyle Technology Co., Ltd.',
    supplies: ['HM02'],
    origin: '江苏南通',
  },
];

export const SURNAMES: [string, string][] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
  ['何', 'He'],
  ['林', 'Lin'],
  ['高', 'Gao'],
  ['罗', 'Luo'],
  ['郑', 'Zheng'],
  ['梁', 'Liang'],
  ['谢', 'Xie'],
  ['宋', 'Song'],
];

export const GIVEN: [string, string][] = [
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['娜', 'Na'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['强', 'Qiang'],
  ['磊', 'Lei'],
  ['洋', 'Yang'],
  ['艳', 'Yan'],
  ['勇', 'Yong'],
  ['军', 'Jun'],
  ['杰', 'Jie'],
  ['娟', 'Juan'],
  ['涛', 'Tao'],
  ['明', 'Ming'],
  ['超', 'Chao'],
  ['秀英', 'Xiuying'],
  ['丽', 'Li'],
  ['霞', 'Xia'],
  ['平', 'Ping'],
  ['刚', 'Gang'],
  ['桂英', 'Guiying'],
  ['浩然', 'Haoran'],
  ['子涵', 'Zihan'],
  ['欣怡', 'Xinyi'],
  ['宇航', 'Yuhang'],
  ['思远', 'Siyuan'],
  ['佳琪', 'Jiaqi'],
  ['雨桐', 'Yutong'],
  ['志强', 'Zhiqiang'],
  ['建华', 'Jianhua'],
  ['晓东', 'Xiaodong'],
];

export interface DepartmentRef {
  zh: string;
  en: string;
}

export const DEPARTMENTS: Record<string, DepartmentRef[]> = {
  c1: [
    { zh: '总经理办公室', en: 'General Manager Office' },
    { zh: '采购部', en: 'Purchasing' },
    { zh: '人力资源部', en: 'Human Resources' },
    { zh: '财务部', en: 'Finance' },
    { zh: '生产一部', en: 'Production I' },
    { zh: '生产二部', en: 'Production II' },
    { zh: '研发中心', en: 'R&D Center' },
    { zh: '质量管理部', en: 'Quality Management' },
    { zh: '销售部', en: 'Sales' },
  ],
  c2: [
    { zh: '总裁办', en: 'CEO Office' },
    { zh: '采购中心', en: 'Procurement Center' },
    { zh: '人力行政部', en: 'HR & Administration' },
    { zh: '财务部', en: 'Finance' },
    { zh: '云平台研发部', en: 'Cloud Platform R&D' },
    { zh: '产品部', en: 'Product' },
    { zh: '市场部', en: 'Marketing' },
  ],
};

export interface Airport {
  code: string;
  zh: string;
  en: string;
}

export interface City {
  code: string;
  zh: string;
  en: string;
  /** Hotel-cap tier: 1 一线, 2 新一线, 3 二线, 4 其他 (src/domain/travel-policy.ts). */
  tier: 1 | 2 | 3 | 4;
  lat: number;
  lon: number;
  airports: Airport[];
  /** The main high-speed railway station. */
  station: { zh: string; en: string };
}

const ap = (code: string, zh: string, en: string): Airport => ({ code, zh, en });

export const CITIES: City[] = [
  {
    code: 'BJS',
    zh: '北京',
    en: 'Beijing',
    tier: 1,
    lat: 39.9,
    lon: 116.4,
    airports: [
      ap('PEK', '北京首都国际机场', 'Beijing Capital'),
      ap('PKX', '北京大兴国际机场', 'Beijing Daxing'),
    ],
    station: { zh: '北京南站', en: 'Beijing South' },
  },
  {
    code: 'SHA',
    zh: '上海',
    en: 'Shanghai',
    tier: 1,
    lat: 31.23,
    lon: 121.47,
    airports: [
      ap('SHA', '上海虹桥国际机场', 'Shanghai Hongqiao'),
      ap('PVG', '上海浦东国际机场', 'Shanghai Pudong'),
    ],
    station: { zh: '上海虹桥站', en: 'Shanghai Hongqiao' },
  },
  {
    code: 'CAN',
    zh: '广州',
    en: 'Guangzhou',
    tier: 1,
    lat: 23.13,
    lon: 113.26,
    airports: [ap('CAN', '广州白云国际机场', 'Guangzhou Baiyun')],
    station: { zh: '广州南站', en: 'Guangzhou South' },
  },
  {
    code: 'SZX',
    zh: '深圳',
    en: 'Shenzhen',
    tier: 1,
    lat: 22.54,
    lon: 114.06,
    airports: [ap('SZX', '深圳宝安国际机场', "Shenzhen Bao'an")],
    station: { zh: '深圳北站', en: 'Shenzhen North' },
  },
  {
    code: 'HGH',
    zh: '杭州',
    en: 'Hangzhou',
    tier: 2,
    lat: 30.27,
    lon: 120.15,
    airports: [ap('HGH', '杭州萧山国际机场', 'Hangzhou Xiaoshan')],
    station: { zh: '杭州东站', en: 'Hangzhou East' },
  },
  {
    code: 'NKG',
    zh: '南京',
    en: 'Nanjing',
    tier: 2,
    lat: 32.06,
    lon: 118.8,
    airports: [ap('NKG', '南京禄口国际机场', 'Nanjing Lukou')],
    station: { zh: '南京南站', en: 'Nanjing South' },
  },
  {
    code: 'CTU',
    zh: '成都',
    en: 'Chengdu',
    tier: 2,
    lat: 30.57,
    lon: 104.07,
    airports: [
      ap('CTU', '成都双流国际机场', 'Chengdu Shuangliu'),
      ap('TFU', '成都天府国际机场', 'Chengdu Tianfu'),
    ],
    station: { zh: '成都东站', en: 'Chengdu East' },
  },
  {
    code: 'WUH',
    zh: '武汉',
    en: 'Wuhan',
    tier: 2,
    lat: 30.59,
    lon: 114.31,
    airports: [ap('WUH', '武汉天河国际机场', 'Wuhan Tianhe')],
    station: { zh: '武汉站', en: 'Wuhan' },
  },
  {
    code: 'XIY',
    zh: '西安',
    en: "Xi'an",
    tier: 2,
    lat: 34.34,
    lon: 108.94,
    airports: [ap('XIY', '西安咸阳国际机场', "Xi'an Xianyang")],
    station: { zh: '西安北站', en: "Xi'an North" },
  },
  {
    code: 'NGB',
    zh: '宁波',
    en: 'Ningbo',
    tier: 2,
    lat: 29.87,
    lon: 121.54,
    airports: [ap('NGB', '宁波栎社国际机场', 'Ningbo Lishe')],
    station: { zh: '宁波站', en: 'Ningbo' },
  },
  {
    code: 'HFE',
    zh: '合肥',
    en: 'Hefei',
    tier: 2,
    lat: 31.82,
    lon: 117.23,
    airports: [ap('HFE', '合肥新桥国际机场', 'Hefei Xinqiao')],
    station: { zh: '合肥南站', en: 'Hefei South' },
  },
  {
    code: 'XMN',
    zh: '厦门',
    en: 'Xiamen',
    tier: 3,
    lat: 24.48,
    lon: 118.09,
    airports: [ap('XMN', '厦门高崎国际机场', 'Xiamen Gaoqi')],
    station: { zh: '厦门北站', en: 'Xiamen North' },
  },
  {
    code: 'KWE',
    zh: '贵阳',
    en: 'Guiyang',
    tier: 3,
    lat: 26.65,
    lon: 106.63,
    airports: [ap('KWE', '贵阳龙洞堡国际机场', 'Guiyang Longdongbao')],
    station: { zh: '贵阳北站', en: 'Guiyang North' },
  },
  {
    code: 'LHW',
    zh: '兰州',
    en: 'Lanzhou',
    tier: 3,
    lat: 36.06,
    lon: 103.83,
    airports: [ap('LHW', '兰州中川国际机场', 'Lanzhou Zhongchuan')],
    station: { zh: '兰州西站', en: 'Lanzhou West' },
  },
  {
    code: 'KWL',
    zh: '桂林',
    en: 'Guilin',
    tier: 4,
    lat: 25.27,
    lon: 110.29,
    airports: [ap('KWL', '桂林两江国际机场', 'Guilin Liangjiang')],
    station: { zh: '桂林北站', en: 'Guilin North' },
  },
  {
    code: 'XNN',
    zh: '西宁',
    en: 'Xining',
    tier: 4,
    lat: 36.62,
    lon: 101.78,
    airports: [ap('XNN', '西宁曹家堡国际机场', 'Xining Caojiabao')],
    station: { zh: '西宁站', en: 'Xining' },
  },
];

/** [IATA code, name, name in English]. */
export const AIRLINES: [string, string, string][] = [
  ['CA', '中国国际航空', 'Air China'],
  ['MU', '中国东方航空', 'China Eastern'],
  ['CZ', '中国南方航空', 'China Southern'],
  ['HU', '海南航空', 'Hainan Airlines'],
  ['ZH', '深圳航空', 'Shenzhen Airlines'],
  ['3U', '四川航空', 'Sichuan Airlines'],
  ['MF', '厦门航空', 'Xiamen Airlines'],
  ['FM', '上海航空', 'Shanghai Airlines'],
  ['HO', '吉祥航空', 'Juneyao Air'],
  ['9C', '春秋航空', 'Spring Airlines'],
];

export const AIRCRAFT = ['A320', 'A321', 'B737', 'B738', 'A330', 'B787', 'C919'] as const;
/** Wide-bodies: the only aircraft with a premium economy cabin here. */
export const WIDE_BODY = new Set(['A330', 'B787']);

export const HOTEL_DISTRICTS: [string, string][] = [
  ['市中心', 'City Centre'],
  ['高新区', 'Hi-tech Zone'],
  ['火车站', 'Railway Station'],
  ['机场', 'Airport'],
  ['会展中心', 'Expo Centre'],
];

export const HOTEL_BRANDS: [string, string, number][] = [
  ['全季酒店', 'JI Hotel', 3],
  ['亚朵酒店', 'Atour Hotel', 4],
  ['汉庭酒店', 'Hanting Hotel', 2],
  ['希尔顿欢朋', 'Hampton by Hilton', 3],
  ['万豪酒店', 'Marriott', 5],
  ['洲际酒店', 'InterContinental', 5],
  ['桔子水晶', 'Crystal Orange', 4],
  ['锦江之星', 'Jinjiang Inn', 2],
];

/**
 * VAT rate (percent) of a product by its category (`cat-FD02` …): food and agricultural products 9 %,
 * other goods 13 % (books would be 9 % and services 6 %; the catalog has neither yet).
 */
export function vatRateForCategory(categoryId: string): 13 | 9 | 6 {
  return categoryId.startsWith('cat-FD') ? 9 : 13;
}
